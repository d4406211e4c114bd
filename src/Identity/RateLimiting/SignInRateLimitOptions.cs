using RightHelp.ServiceDefaults.RateLimiting;

namespace RightHelp.Identity.RateLimiting;

/// <summary>
/// Form posts allowed per client address in each window (<c>RateLimits</c> in configuration).
/// Generous enough for a family centre where several people share one address, tight enough
/// to make guessing passwords, codes or invitations slow.
/// </summary>
public sealed class SignInRateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Password and authenticator-code sign-in posts.</summary>
    public RateLimit SignIn { get; set; } = new(30, 300);

    /// <summary>Asking for a one-time code, entering one, and asking for a password reset.</summary>
    public RateLimit OneTimeCode { get; set; } = new(15, 300);

    /// <summary>Redeeming an invitation code.</summary>
    public RateLimit Invitation { get; set; } = new(15, 300);
}
