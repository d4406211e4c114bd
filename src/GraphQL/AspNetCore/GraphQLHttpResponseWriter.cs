using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RightHelp.GraphQL.Execution;

namespace RightHelp.GraphQL.AspNetCore;

/// <summary>Writes GraphQL responses, and the transport's own errors in the same JSON shape.</summary>
internal static class GraphQLHttpResponseWriter
{
    public static async Task WriteResultAsync(HttpResponse response, int statusCode, ResponseMediaType mediaType, ExecutionResult result, CancellationToken cancellationToken)
    {
        Begin(response, statusCode, mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            result.WriteTo(writer);
        }
        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    public static async Task WriteErrorAsync(HttpResponse response, int statusCode, ResponseMediaType mediaType, string message, string? correlationId, CancellationToken cancellationToken)
    {
        Begin(response, statusCode, mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            if (correlationId is not null)
            {
                writer.WriteStartObject("extensions");
                writer.WriteString("correlationId", correlationId);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static void Begin(HttpResponse response, int statusCode, ResponseMediaType mediaType)
    {
        response.StatusCode = statusCode;
        response.ContentType = mediaType == ResponseMediaType.GraphQLResponseJson
            ? MediaTypeNegotiator.GraphQLResponseJson + "; charset=utf-8"
            : MediaTypeNegotiator.Json + "; charset=utf-8";
    }
}
