namespace RightHelp.Identity.Data;

/// <summary>
/// A sign-in code sent by email or text: hashed, 10 minutes, single use, five guesses, and only
/// usable in the browser that asked for it (the hash of a secret kept in that browser's cookie).
/// </summary>
public sealed class OneTimeCode
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public string CodeHash { get; set; } = "";

    public string BrowserHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public int FailedAttempts { get; set; }

    public DateTimeOffset? ConsumedAt { get; set; }
}
