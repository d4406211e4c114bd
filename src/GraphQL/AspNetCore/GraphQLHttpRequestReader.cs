using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using RightHelp.GraphQL.Execution;

namespace RightHelp.GraphQL.AspNetCore;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (<c>query</c>, <c>operationName</c>,
/// <c>variables</c>, <c>extensions</c>, <c>documentId</c>) from a JSON body or a query string.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        MaxDepth = 64,
        // The same key twice is ambiguous (which "query" runs?), so it is an error rather than last-wins.
        AllowDuplicateProperties = false,
    };

    public static async Task<ParsedHttpRequest> ReadPostAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }
        // The server's own cap (Kestrel: 30 MB) would otherwise end the read with its own error first.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes + 1;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return TooLarge(maxBytes);
            }
            if (read.IsCompleted || read.IsCanceled)
            {
                // Copied out because the pipe's memory is returned on AdvanceTo while the document lives on.
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return ParseBody(body);
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    public static ParsedHttpRequest ParseBody(byte[] body)
    {
        if (body.Length == 0)
        {
            return ParsedHttpRequest.Failure(StatusCodes.Status400BadRequest, "The request body is empty; send a JSON object with a \"query\".");
        }

        // The JSON reader checks UTF-8 only when a string is read, which would be a fault deep in
        // execution; a body that is not UTF-8 is the client's mistake, said once, here.
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return ParsedHttpRequest.Failure(StatusCodes.Status400BadRequest, "The request body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException exception)
        {
            return ParsedHttpRequest.Failure(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {exception.Message}");
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ParsedHttpRequest.Failure(StatusCodes.Status400BadRequest, "The request body must be a JSON object.", document);
        }

        string? query = null, operationName = null, documentId = null;
        JsonElement? variables = null, extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            string? error = property.Name switch
            {
                "query" => ReadString(value, "query", out query),
                "operationName" => ReadString(value, "operationName", out operationName),
                "documentId" => ReadString(value, "documentId", out documentId),
                "variables" => ReadObject(value, "variables", out variables),
                "extensions" => ReadObject(value, "extensions", out extensions),
                _ => null,
            };
            if (error is not null)
            {
                return ParsedHttpRequest.Failure(StatusCodes.Status400BadRequest, error, document);
            }
        }

        return Complete(query, operationName, documentId, variables, extensions, document);
    }

    public static ParsedHttpRequest ReadQueryString(IQueryCollection parameters)
    {
        string? query = null, operationName = null, documentId = null, variablesText = null, extensionsText = null;
        string? error = Single(parameters, "query", ref query)
            ?? Single(parameters, "operationName", ref operationName)
            ?? Single(parameters, "documentId", ref documentId)
            ?? Single(parameters, "variables", ref variablesText)
            ?? Single(parameters, "extensions", ref extensionsText);
        if (error is not null)
        {
            return ParsedHttpRequest.Failure(StatusCodes.Status400BadRequest, error);
        }

        var (variablesDocument, variablesError) = ParseJsonParameter(variablesText, "variables");
        if (variablesError is not null)
        {
            return ParsedHttpRequest.Failure(StatusCodes.Status400BadRequest, variablesError);
        }
        var (extensionsDocument, extensionsError) = ParseJsonParameter(extensionsText, "extensions");
        if (extensionsError is not null)
        {
            return ParsedHttpRequest.Failure(StatusCodes.Status400BadRequest, extensionsError, variablesDocument);
        }

        return Complete(
            query,
            operationName,
            documentId,
            variablesDocument?.RootElement,
            extensionsDocument?.RootElement,
            variablesDocument,
            extensionsDocument);
    }

    private static ParsedHttpRequest Complete(
        string? query,
        string? operationName,
        string? documentId,
        JsonElement? variables,
        JsonElement? extensions,
        params JsonDocument?[] documents)
    {
        if (query is null && documentId is null)
        {
            return ParsedHttpRequest.Failure(
                StatusCodes.Status400BadRequest,
                "The request has no \"query\" (or \"documentId\") parameter.",
                documents);
        }
        var request = new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            DocumentId = documentId,
            Variables = variables,
            Extensions = extensions,
        };
        return ParsedHttpRequest.Success(request, documents);
    }

    private static string? ReadString(JsonElement value, string name, out string? result)
    {
        result = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                result = value.GetString();
                return null;
            default:
                return $"The \"{name}\" parameter must be a string or null, not {Describe(value.ValueKind)}.";
        }
    }

    private static string? ReadObject(JsonElement value, string name, out JsonElement? result)
    {
        result = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                result = value;
                return null;
            default:
                return $"The \"{name}\" parameter must be a JSON object or null, not {Describe(value.ValueKind)}.";
        }
    }

    private static string? Single(IQueryCollection parameters, string name, ref string? value)
    {
        if (!parameters.TryGetValue(name, out StringValues values))
        {
            return null;
        }
        if (values.Count != 1)
        {
            return $"The \"{name}\" parameter must be given once.";
        }
        value = values[0];
        return null;
    }

    private static (JsonDocument? Document, string? Error) ParseJsonParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException exception)
        {
            return (null, $"The \"{name}\" parameter is not valid JSON: {exception.Message}");
        }
        switch (document.RootElement.ValueKind)
        {
            case JsonValueKind.Object:
                return (document, null);
            case JsonValueKind.Null:
                document.Dispose();
                return (null, null);
            default:
                var kind = document.RootElement.ValueKind;
                document.Dispose();
                return (null, $"The \"{name}\" parameter must be a JSON object, not {Describe(kind)}.");
        }
    }

    private static ParsedHttpRequest TooLarge(long maxBytes) =>
        ParsedHttpRequest.Failure(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
