using RightHelp.Portal.Security;

namespace RightHelp.Portal.Extensions;

public static class SecurityExtensions
{
    public static WebApplicationBuilder AddPortalSecurity(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<SecurityHeadersOptions>()
            .Bind(builder.Configuration.GetSection(SecurityHeadersOptions.Section))
            .PostConfigure(options => options.Hsts = !development);
        // The framework's default antiforgery cookie is never marked Secure; this one is on every
        // https request. Not Always: antiforgery then refuses to render any form over plain http,
        // and the Production end-to-end tests serve the Portal over plain http on 127.0.0.1.
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "right-help-antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });
        return builder;
    }

    /// <summary>
    /// Security headers go on every response, error pages and static files included, so this
    /// runs first. HSTS (only outside Development, where browsers would pin localhost to HTTPS)
    /// is set by the same middleware, because the exception handler clears headers set before it.
    /// </summary>
    public static WebApplication UsePortalSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }
}
