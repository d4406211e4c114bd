namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A non-null type reference T!.</summary>
public sealed class NonNullTypeNode(TypeNode type) : TypeNode
{
    public TypeNode Type { get; } = type;
}
