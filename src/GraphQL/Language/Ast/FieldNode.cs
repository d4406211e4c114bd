namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A field selection (spec 2.5).</summary>
public sealed class FieldNode : SelectionNode
{
    public NameNode? Alias { get; init; }
    public required NameNode Name { get; init; }
    public required IReadOnlyList<ArgumentNode> Arguments { get; init; }
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key of this field in the response: its alias, else its name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}
