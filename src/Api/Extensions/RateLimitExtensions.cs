using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using RightHelp.Api.RateLimiting;

namespace RightHelp.Api.Extensions;

public static class RateLimitExtensions
{
    /// <summary>Limits on GraphQL per person and per address (the public mutations' own limit is in the schema).</summary>
    public static WebApplicationBuilder AddApiRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiRateLimitOptions>>((options, limits) =>
        {
            options.GlobalLimiter = GraphQLRateLimits.Create(limits.Value);
            options.OnRejected = (context, cancellationToken) => GraphQLRateLimits.RejectAsync(context, limits.Value, cancellationToken);
        });
        return builder;
    }
}
