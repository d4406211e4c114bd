namespace RightHelp.GraphQL.Types;

/// <summary>The SDL could not be turned into a schema; Message joins every problem as graphql-js does.</summary>
public sealed class SchemaException(IReadOnlyList<string> errors) : Exception(string.Join("\n\n", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
