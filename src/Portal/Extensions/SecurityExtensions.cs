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
        // The framework's default antiforgery cookie is never marked Secure. The __Host- prefix
        // pins it to this origin, but browsers accept it only over HTTPS, hence not in Development.
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = development ? "right-help-antiforgery" : "__Host-right-help-antiforgery";
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
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
