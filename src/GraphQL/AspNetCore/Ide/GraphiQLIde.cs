using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace RightHelp.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves GraphiQL from files embedded at build time (see GraphiQL.targets): the page at the
/// endpoint's own path and its scripts and styles under <c>{endpoint}/ide/</c>.
/// </summary>
internal sealed class GraphiQLIde(string endpointPath)
{
    private const string ResourcePrefix = "RightHelp.GraphQL.AspNetCore.Ide.";

    // Everything the page runs comes from this origin as files; no inline script is allowed.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
        "img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["ide.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["ide.css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    private static readonly Lazy<FrozenDictionary<string, GraphiQLAsset>> Assets = new(LoadAssets);
    private static readonly Lazy<string> PageTemplate = new(() => Encoding.UTF8.GetString(ReadResource("index.html")));

    private readonly string _endpointPath = endpointPath.TrimEnd('/');

    public string AssetRoutePattern => _endpointPath + "/ide/{file}";

    public async Task WritePageAsync(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var page = PageTemplate.Value
            .Replace("{{assets}}", HtmlEncoder.Default.Encode(pathBase + _endpointPath + "/ide"), StringComparison.Ordinal)
            .Replace("{{endpoint}}", HtmlEncoder.Default.Encode(pathBase + _endpointPath), StringComparison.Ordinal);

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        await response.WriteAsync(page, Encoding.UTF8, context.RequestAborted);
    }

    public async Task WriteAssetAsync(HttpContext context, string? file)
    {
        var response = context.Response;
        if (file is null || !Assets.Value.TryGetValue(file, out var asset))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.Headers.XContentTypeOptions = "nosniff";
        // Revalidated every time: the bundles change whenever the pinned npm versions do.
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        await response.Body.WriteAsync(asset.Content, context.RequestAborted);
    }

    private static FrozenDictionary<string, GraphiQLAsset> LoadAssets() =>
        ContentTypes.ToFrozenDictionary(
            pair => pair.Key,
            pair =>
            {
                var content = ReadResource(pair.Key);
                var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16)) + "\"";
                return new GraphiQLAsset(content, pair.Value, etag);
            });

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(GraphiQLIde).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The GraphiQL file '{name}' was not embedded; the GraphiQL.targets build step did not run.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
