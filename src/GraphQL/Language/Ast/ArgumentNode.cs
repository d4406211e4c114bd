namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A named argument (spec 2.6).</summary>
public sealed class ArgumentNode(NameNode name, ValueNode value) : SyntaxNode
{
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}
