namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : SyntaxNode
{
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
