namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A named type reference.</summary>
public sealed class NamedTypeNode(NameNode name) : TypeNode
{
    public NameNode Name { get; } = name;
}
