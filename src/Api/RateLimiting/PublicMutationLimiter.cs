using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RightHelp.Api.GraphQL;
using RightHelp.GraphQL;
using RightHelp.GraphQL.Execution;
using RightHelp.ServiceDefaults.RateLimiting;

namespace RightHelp.Api.RateLimiting;

/// <summary>
/// A tighter limit on the mutations anyone may call without signing in, counted per field and
/// client address. It runs in the resolver, after parsing and authorization, so only operations
/// that really select these fields are counted; requests not made over HTTP (tests, commands) are
/// not limited.
/// </summary>
public sealed class PublicMutationLimiter(IOptions<ApiRateLimitOptions> options) : IDisposable
{
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        "submitFeedback", "reportOutOfDate", "createShortlist",
    };

    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => options.Value.PublicMutation.ToLimiterOptions()));

    /// <summary>The resolver unchanged, or guarded by the limit when it is one of the public mutations.</summary>
    public static FieldResolver Wrap(string type, string field, FieldResolver inner)
    {
        if (type != "Mutation" || !Fields.Contains(field))
        {
            return inner;
        }
        return async context =>
        {
            var http = context.GetService<IHttpContextAccessor>().HttpContext;
            if (http is not null)
            {
                using var lease = context.GetService<PublicMutationLimiter>().limiter.AttemptAcquire($"{field} {ClientAddress.Of(http)}");
                if (!lease.IsAcquired)
                {
                    throw Refuse(http, lease, context.GetService<IOptions<ApiRateLimitOptions>>().Value.PublicMutation);
                }
            }
            return await inner(context);
        };
    }

    public void Dispose() => limiter.Dispose();

    /// <summary>
    /// The field fails with RATE_LIMITED and the whole response becomes a 429 with Retry-After:
    /// the status is set as the response starts, after the GraphQL handler has chosen its own.
    /// </summary>
    private static GraphQLException Refuse(HttpContext http, RateLimitLease lease, RateLimit limit)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? retryAfter
            : TimeSpan.FromSeconds(limit.WindowSeconds);
        http.Response.OnStarting(() =>
        {
            RetryAfter.Refuse(http, wait);
            return Task.CompletedTask;
        });
        return RateLimitedError.Create(wait);
    }
}
