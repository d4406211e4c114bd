using RightHelp.ServiceDefaults.RateLimiting;

namespace RightHelp.Portal.RateLimiting;

/// <summary>Requests allowed per client address in each window (<c>RateLimits</c> in configuration).</summary>
public sealed class PortalRateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sending the feedback form (reading it is never limited).</summary>
    public RateLimit Feedback { get; set; } = new(10, 300);

    /// <summary>Starting a sign-in at the Identity service.</summary>
    public RateLimit SignIn { get; set; } = new(30, 300);
}
