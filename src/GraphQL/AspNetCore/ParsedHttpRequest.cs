using System.Text.Json;
using RightHelp.GraphQL.Execution;

namespace RightHelp.GraphQL.AspNetCore;

/// <summary>
/// A GraphQL request read from HTTP, or why it could not be read. Owns the JSON documents behind
/// <see cref="GraphQLRequest.Variables"/> and <see cref="GraphQLRequest.Extensions"/>, so it must
/// outlive execution and response writing.
/// </summary>
internal sealed class ParsedHttpRequest : IDisposable
{
    private readonly JsonDocument?[] _documents;

    private ParsedHttpRequest(GraphQLRequest? request, int statusCode, string? error, JsonDocument?[] documents)
    {
        Request = request;
        StatusCode = statusCode;
        Error = error;
        _documents = documents;
    }

    public GraphQLRequest? Request { get; }

    /// <summary>The HTTP status to answer with when <see cref="Request"/> is null.</summary>
    public int StatusCode { get; }

    public string? Error { get; }

    public static ParsedHttpRequest Success(GraphQLRequest request, params JsonDocument?[] documents) =>
        new(request, 0, null, documents);

    public static ParsedHttpRequest Failure(int statusCode, string error, params JsonDocument?[] documents)
    {
        foreach (var document in documents)
        {
            document?.Dispose();
        }
        return new(null, statusCode, error, []);
    }

    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document?.Dispose();
        }
    }
}
