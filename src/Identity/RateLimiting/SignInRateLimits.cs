namespace RightHelp.Identity.RateLimiting;

/// <summary>Names of the rate limiter policies the sign-in pages opt into.</summary>
public static class SignInRateLimits
{
    public const string SignIn = "sign-in";
    public const string OneTimeCode = "one-time-code";
    public const string Invitation = "invitation";

    /// <summary>The friendly page shown instead of a refused form post.</summary>
    public const string PagePath = "/too-many-requests";
}
