namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A list type reference [T].</summary>
public sealed class ListTypeNode(TypeNode type) : TypeNode
{
    public TypeNode Type { get; } = type;
}
