namespace RightHelp.GraphQL.Execution;

/// <summary>An error as reported to clients (spec 7.1.2).</summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    public string Message { get; }
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>string or int segments.</summary>
    public IReadOnlyList<object>? Path { get; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public override string ToString() => Message;
}
