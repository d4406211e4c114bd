using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using RightHelp.Identity.RateLimiting;
using RightHelp.ServiceDefaults.RateLimiting;

namespace RightHelp.Identity.Extensions;

public static class RateLimitExtensions
{
    /// <summary>
    /// Limits on the posts that guess secrets: sign-in, one-time codes and invitations, each per
    /// client address. Only posts count, so reading the pages is never refused.
    /// </summary>
    public static WebApplicationBuilder AddSignInRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SignInRateLimitOptions>().Bind(builder.Configuration.GetSection(SignInRateLimitOptions.Section));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInRateLimitOptions>>((options, limits) =>
        {
            AddPostPolicy(options, SignInRateLimits.SignIn, limits.Value.SignIn);
            AddPostPolicy(options, SignInRateLimits.OneTimeCode, limits.Value.OneTimeCode);
            AddPostPolicy(options, SignInRateLimits.Invitation, limits.Value.Invitation);
            options.OnRejected = (context, _) =>
            {
                RetryAfter.Refuse(context.HttpContext, context.Lease, TimeSpan.FromSeconds(limits.Value.SignIn.WindowSeconds));
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }

    /// <summary>The limiter, with the friendly page rendered in place of its empty 429.</summary>
    public static WebApplication UseSignInRateLimits(this WebApplication app)
    {
        app.UseTooManyRequestsPage(SignInRateLimits.PagePath);
        app.UseRateLimiter();
        return app;
    }

    private static void AddPostPolicy(RateLimiterOptions options, string name, RateLimit limit)
        => options.AddPolicy(name, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => limit.ToLimiterOptions())
            : RateLimitPartition.GetNoLimiter(""));
}
