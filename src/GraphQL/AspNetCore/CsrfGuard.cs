using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace RightHelp.GraphQL.AspNetCore;

/// <summary>
/// Refuses GET requests that a hostile page could have made the browser send without a CORS
/// preflight, following the practice of graphql-http and HotChocolate ("GraphQL-Preflight").
/// </summary>
internal static class CsrfGuard
{
    public const string PreflightHeader = "GraphQL-Preflight";

    public static bool IsUnprovenSimpleGet(HttpRequest request, GetRequestCsrfPolicy policy)
    {
        if (policy == GetRequestCsrfPolicy.RequirePreflightWhenCookiesPresent && !request.Headers.ContainsKey(HeaderNames.Cookie))
        {
            return false;
        }
        // A page can set none of these on a cross-site request without the browser asking the server first.
        if (request.Headers.ContainsKey(PreflightHeader) || request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            return false;
        }
        return request.ContentType is null || IsSimpleContentType(request.ContentType);
    }

    /// <summary>The content types a cross-site form or fetch may send without a preflight (Fetch standard).</summary>
    public static bool IsSimpleContentType(string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            // Browsers only skip the preflight for parseable simple types, but refusing costs nothing.
            return true;
        }
        var mediaType = parsed.MediaType;
        return mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
    }
}
