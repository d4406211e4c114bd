namespace RightHelp.Portal.Authentication;

/// <summary>How the Portal reaches our Identity provider, as the confidential client <c>portal</c>.</summary>
public sealed class IdentityProviderOptions
{
    public const string Section = "Identity";

    /// <summary>The issuer, e.g. <c>http://127.0.0.1:5200</c>; defaults to <c>Services:Identity</c>.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "portal";

    /// <summary>Comes from configuration or a secret store, never from the repository outside Development.</summary>
    public string ClientSecret { get; set; } = "";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Refresh the access token when it has less than this left, so an Api call never carries an expired one.</summary>
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromMinutes(1);
}
