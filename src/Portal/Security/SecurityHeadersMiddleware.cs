using Microsoft.Extensions.Options;

namespace RightHelp.Portal.Security;

/// <summary>Adds the security headers to every response before it starts.</summary>
public sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate _next;
    private readonly string _policy;
    private readonly bool _hsts;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
    {
        _next = next;
        var origins = options.Value.FormActionOrigins.Count > 0
            ? options.Value.FormActionOrigins
            : [SecurityHeadersOptions.DefaultIdentityOrigin];
        _policy = ContentSecurityPolicy.Build(origins);
        _hsts = options.Value.Hsts;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (_hsts && context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }
            return Task.CompletedTask;
        });
        return _next(context);
    }
}
