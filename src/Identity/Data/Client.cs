namespace RightHelp.Identity.Data;

/// <summary>A registered relying party. Only the hash of its secret is kept.</summary>
public sealed class Client
{
    public string ClientId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? SecretHash { get; set; }

    public string[] RedirectUris { get; set; } = [];

    public string[] PostLogoutRedirectUris { get; set; } = [];

    public string[] AllowedScopes { get; set; } = [];

    public string[] AllowedGrantTypes { get; set; } = [];
}
