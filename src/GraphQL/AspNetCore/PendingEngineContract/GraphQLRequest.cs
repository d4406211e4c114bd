namespace RightHelp.GraphQL.Execution;

// Temporary copy of the engine contract (ENGINE-CONTRACT.md) so the HTTP layer compiles before
// the engine branch lands; deleted on merge.
public sealed class GraphQLRequest
{
    public string? Query { get; init; }
    public string? OperationName { get; init; }
    public System.Text.Json.JsonElement? Variables { get; init; }
    public System.Text.Json.JsonElement? Extensions { get; init; }
    public string? DocumentId { get; init; }
}
