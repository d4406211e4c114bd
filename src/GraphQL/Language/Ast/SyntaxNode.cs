namespace RightHelp.GraphQL.Language.Ast;

/// <summary>Base of every immutable AST node.</summary>
public abstract class SyntaxNode
{
    public Location Location { get; init; }
}
