namespace RightHelp.Api.Extensions;

public static class SecurityHeaderExtensions
{
    /// <summary>
    /// The Api answers JSON and calendars, never pages to render, so its policy allows nothing and
    /// no one may frame it. Set before the endpoint runs so the Development IDE can set its own.
    /// </summary>
    public static WebApplication UseApiSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        return app;
    }
}
