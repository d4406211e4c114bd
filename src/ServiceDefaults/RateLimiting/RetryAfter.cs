using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace RightHelp.ServiceDefaults.RateLimiting;

/// <summary>The wait a refused client is told, in the Retry-After header and in words.</summary>
public static class RetryAfter
{
    /// <summary>Sets 429 and Retry-After (whole seconds, at least one) and returns the wait.</summary>
    public static TimeSpan Refuse(HttpContext context, RateLimitLease lease, TimeSpan fallback)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? retryAfter
            : fallback;
        return Refuse(context, wait);
    }

    /// <summary>Sets 429 and Retry-After for a known wait, rounded up to whole seconds.</summary>
    public static TimeSpan Refuse(HttpContext context, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>"Wait 5 minutes and try again." from the Retry-After header already on the response.</summary>
    public static string Sentence(HttpResponse response)
    {
        var seconds = int.TryParse(response.Headers.RetryAfter.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 300;
        return Sentence(TimeSpan.FromSeconds(seconds));
    }

    public static string Sentence(TimeSpan wait)
    {
        if (wait <= TimeSpan.FromMinutes(1))
        {
            return "Wait 1 minute and try again.";
        }
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return $"Wait {minutes} minutes and try again.";
    }
}
