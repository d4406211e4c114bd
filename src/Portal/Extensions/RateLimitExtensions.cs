using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using RightHelp.Portal.RateLimiting;
using RightHelp.ServiceDefaults.RateLimiting;

namespace RightHelp.Portal.Extensions;

public static class RateLimitExtensions
{
    /// <summary>Limits per client address on sending feedback and on starting a sign-in.</summary>
    public static WebApplicationBuilder AddPortalRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalRateLimitOptions>().Bind(builder.Configuration.GetSection(PortalRateLimitOptions.Section));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<PortalRateLimitOptions>>((options, limits) =>
        {
            options.AddPolicy(PortalRateLimits.Feedback, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => limits.Value.Feedback.ToLimiterOptions())
                : RateLimitPartition.GetNoLimiter(""));
            options.AddPolicy(PortalRateLimits.SignIn, context =>
                RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => limits.Value.SignIn.ToLimiterOptions()));
            options.OnRejected = (context, _) =>
            {
                RetryAfter.Refuse(context.HttpContext, context.Lease, TimeSpan.FromSeconds(limits.Value.Feedback.WindowSeconds));
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }

    /// <summary>The limiter, with the friendly page rendered in place of its empty 429.</summary>
    public static WebApplication UsePortalRateLimits(this WebApplication app)
    {
        app.UseTooManyRequestsPage(PortalRateLimits.PagePath);
        app.UseRateLimiter();
        return app;
    }
}
