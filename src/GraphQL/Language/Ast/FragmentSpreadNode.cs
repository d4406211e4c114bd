namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A named fragment spread (spec 2.8).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public required NameNode Name { get; init; }
}
