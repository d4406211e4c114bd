using Microsoft.AspNetCore.Http;

namespace RightHelp.ServiceDefaults.RateLimiting;

/// <summary>The partition key for limits per client address.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The connection's remote address. Behind a proxy this is the proxy unless forwarded headers
    /// are configured for it, so every client behind it shares one allowance.
    /// </summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
