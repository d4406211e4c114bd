namespace RightHelp.Identity.Data;

/// <summary>An authorisation code: 60 seconds, single use, stored only as a hash.</summary>
public sealed class AuthorizationCode
{
    public Guid Id { get; set; }

    public string CodeHash { get; set; } = "";

    public Guid GrantId { get; set; }

    public string ClientId { get; set; } = "";

    public string RedirectUri { get; set; } = "";

    public string CodeChallenge { get; set; } = "";

    public string? Nonce { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ConsumedAt { get; set; }
}
