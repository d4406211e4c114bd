using System.Text.Json;

namespace RightHelp.GraphQL.Execution;

/// <summary>One GraphQL request, whatever the transport.</summary>
public sealed class GraphQLRequest
{
    public string? Query { get; init; }
    public string? OperationName { get; init; }

    /// <summary>A JSON object, or null.</summary>
    public JsonElement? Variables { get; init; }
    public JsonElement? Extensions { get; init; }

    /// <summary>Trusted (persisted) document id, if any.</summary>
    public string? DocumentId { get; init; }
}
