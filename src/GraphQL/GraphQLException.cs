namespace RightHelp.GraphQL;

/// <summary>
/// An error whose message is meant for clients (coercion failures, deliberate resolver errors).
/// Other exceptions thrown by resolvers are masked unless exception details are enabled.
/// </summary>
public sealed class GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;
}
