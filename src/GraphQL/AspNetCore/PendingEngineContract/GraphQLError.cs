namespace RightHelp.GraphQL.Execution;

public sealed class GraphQLError(string message)
{
    public string Message { get; } = message;
    public IReadOnlyList<SourceLocation>? Locations { get; init; }
    public IReadOnlyList<object>? Path { get; init; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
