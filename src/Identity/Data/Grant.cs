namespace RightHelp.Identity.Data;

/// <summary>
/// One authorisation given to one client: the code, every refresh token and every access token
/// that follow from it belong to this family, so revoking it revokes them all.
/// </summary>
public sealed class Grant
{
    public Guid Id { get; set; }

    public string ClientId { get; set; } = "";

    /// <summary>The account's id, or the client id for client credentials.</summary>
    public string Subject { get; set; } = "";

    public string? SessionId { get; set; }

    public string[] Scopes { get; set; } = [];

    public string[] Amr { get; set; } = [];

    public string? Acr { get; set; }

    public DateTimeOffset? AuthTime { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }
}
