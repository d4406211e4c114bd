using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace RightHelp.GraphQL.AspNetCore;

/// <summary>Picks the response media type from the <c>Accept</c> header (GraphQL over HTTP, "Accept").</summary>
internal static class MediaTypeNegotiator
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Returns null when nothing acceptable is offered. A missing header means <c>application/json</c>, as
    /// the spec asks of servers for legacy clients; a wildcard also yields <c>application/json</c>, because
    /// a client that names no type may not know the newer one. At equal quality the specific
    /// <c>application/graphql-response+json</c> wins.
    /// </summary>
    public static ResponseMediaType? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return ResponseMediaType.Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var values))
        {
            return null;
        }

        ResponseMediaType? best = null;
        var bestQuality = 0.0;
        var bestRank = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0 || !HasUtf8Charset(value))
            {
                continue;
            }
            var (type, rank) = Classify(value);
            if (type is null)
            {
                continue;
            }
            if (quality > bestQuality || (quality == bestQuality && rank > bestRank))
            {
                best = type;
                bestQuality = quality;
                bestRank = rank;
            }
        }
        return best;
    }

    /// <summary>Whether a browser is asking for a page (the IDE) rather than a GraphQL response.</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var values))
        {
            return false;
        }
        return values.Any(v => (v.Quality ?? 1.0) > 0 && v.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    private static (ResponseMediaType? Type, int Rank) Classify(MediaTypeHeaderValue value)
    {
        var mediaType = value.MediaType;
        if (mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return (ResponseMediaType.GraphQLResponseJson, 3);
        }
        if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return (ResponseMediaType.Json, 2);
        }
        if (mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
        {
            return (ResponseMediaType.Json, 1);
        }
        return (null, 0);
    }

    private static bool HasUtf8Charset(MediaTypeHeaderValue value) =>
        value.Charset.Length == 0 || value.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
}
