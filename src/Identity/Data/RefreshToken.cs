namespace RightHelp.Identity.Data;

/// <summary>A refresh token, stored as a hash. Each use consumes it and issues the next in the family.</summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }

    public string TokenHash { get; set; } = "";

    public Guid GrantId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ConsumedAt { get; set; }
}
