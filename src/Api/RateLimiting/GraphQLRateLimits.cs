using System.Security.Claims;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using RightHelp.ServiceDefaults.RateLimiting;

namespace RightHelp.Api.RateLimiting;

/// <summary>
/// Limits on <c>/graphql</c>: per signed-in person and per client address, both counted, so one
/// person cannot use several addresses to go faster and one address cannot use several accounts.
/// </summary>
public static class GraphQLRateLimits
{
    public const string Path = "/graphql";

    public static PartitionedRateLimiter<HttpContext> Create(ApiRateLimitOptions limits) => PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsGraphQL(context) && context.User.FindFirstValue("sub") is { Length: > 0 } subject
                ? RateLimitPartition.GetFixedWindowLimiter("user " + subject, _ => limits.GraphQLPerUser.ToLimiterOptions())
                : RateLimitPartition.GetNoLimiter("")),
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsGraphQL(context)
                ? RateLimitPartition.GetFixedWindowLimiter("address " + ClientAddress.Of(context), _ => limits.GraphQLPerAddress.ToLimiterOptions())
                : RateLimitPartition.GetNoLimiter("")));

    /// <summary>A 429 with Retry-After and a GraphQL-shaped error body in the media type the client accepts.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext context, ApiRateLimitOptions limits, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = RetryAfter.Refuse(http, context.Lease, TimeSpan.FromSeconds(limits.GraphQLPerUser.WindowSeconds));
        var graphQLResponse = http.Request.Headers.Accept.ToString().Contains("application/graphql-response+json", StringComparison.OrdinalIgnoreCase);
        http.Response.ContentType = (graphQLResponse ? "application/graphql-response+json" : "application/json") + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        using (var writer = new Utf8JsonWriter(http.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", RateLimitedError.Message(wait));
            writer.WriteStartObject("extensions");
            writer.WriteString("code", RateLimitedError.Code);
            writer.WriteNumber("retryAfterSeconds", (int)wait.TotalSeconds);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await http.Response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static bool IsGraphQL(HttpContext context) => context.Request.Path.StartsWithSegments(Path);
}
