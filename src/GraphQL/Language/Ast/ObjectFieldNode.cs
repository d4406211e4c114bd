namespace RightHelp.GraphQL.Language.Ast;

/// <summary>One field of an input object literal.</summary>
public sealed class ObjectFieldNode(NameNode name, ValueNode value) : SyntaxNode
{
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}
