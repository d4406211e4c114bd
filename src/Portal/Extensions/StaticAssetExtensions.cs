using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace RightHelp.Portal.Extensions;

public static class StaticAssetExtensions
{
    /// <summary>
    /// Only stylesheets, scripts and SVG are compressed. Pages are not: they carry antiforgery
    /// tokens and personal details, and compressing secrets beside attacker-influenced text
    /// over HTTPS invites BREACH-style attacks.
    /// </summary>
    public static WebApplicationBuilder AddPortalStaticAssets(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return builder;
    }

    /// <summary>
    /// wwwroot is served from disk, because the build writes wwwroot/govuk after the static web
    /// assets manifest would have been made. Browsers revalidate hourly with the ETag.
    /// </summary>
    public static WebApplication UsePortalStaticAssets(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600",
        });
        return app;
    }
}
