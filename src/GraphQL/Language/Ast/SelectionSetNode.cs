namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A braced list of selections (spec 2.4).</summary>
public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections) : SyntaxNode
{
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}
