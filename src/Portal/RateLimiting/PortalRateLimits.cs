namespace RightHelp.Portal.RateLimiting;

/// <summary>Names of the rate limiter policies pages and endpoints opt into.</summary>
public static class PortalRateLimits
{
    public const string Feedback = "feedback";
    public const string SignIn = "sign-in";

    /// <summary>The friendly page shown in place of a refused request.</summary>
    public const string PagePath = "/too-many-requests";
}
