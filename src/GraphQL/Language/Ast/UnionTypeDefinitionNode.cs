namespace RightHelp.GraphQL.Language.Ast;

/// <summary>union X = A | B (spec 3.8).</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public required IReadOnlyList<NamedTypeNode> Types { get; init; }
}
