using System.Threading.RateLimiting;

namespace RightHelp.ServiceDefaults.RateLimiting;

/// <summary>
/// One configurable limit: at most <see cref="PermitLimit"/> requests in each window of
/// <see cref="WindowSeconds"/>. A fixed window keeps the wait people are told simple and true.
/// </summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 300;

    public RateLimit()
    {
    }

    public RateLimit(int permitLimit, int windowSeconds)
    {
        PermitLimit = permitLimit;
        WindowSeconds = windowSeconds;
    }

    public FixedWindowRateLimiterOptions ToLimiterOptions() => new()
    {
        PermitLimit = Math.Max(1, PermitLimit),
        Window = TimeSpan.FromSeconds(Math.Max(1, WindowSeconds)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
