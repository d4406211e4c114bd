namespace RightHelp.Portal.Authentication;

public static class PortalAuthenticationDefaults
{
    /// <summary>The session cookie: it carries only a key; tokens stay on the server.</summary>
    public const string CookieScheme = "RightHelp.Session";

    /// <summary>The OAuth code flow with our Identity provider.</summary>
    public const string IdentityScheme = "RightHelp.Identity";

    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutPath = "/signed-out";

    /// <summary>Where a sign-in goes when this Portal has not been given its client secret.</summary>
    public const string SignInUnavailablePath = "/sign-in-unavailable";
}
