namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A directive applied somewhere (spec 2.12).</summary>
public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments) : SyntaxNode
{
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}
