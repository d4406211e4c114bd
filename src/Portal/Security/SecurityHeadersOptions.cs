namespace RightHelp.Portal.Security;

/// <summary>Settings for the headers every Portal response carries.</summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "SecurityHeaders";

    /// <summary>
    /// Origins that forms may post to besides the Portal itself: the Identity service signs
    /// people in and out through form posts.
    /// </summary>
    public IList<string> FormActionOrigins { get; } = [];

    /// <summary>Whether https responses say to use https only, for a year (set outside Development).</summary>
    public bool Hsts { get; set; }

    /// <summary>The Identity origin used when none is configured (the default `./run` port).</summary>
    public const string DefaultIdentityOrigin = "http://127.0.0.1:5200";
}
