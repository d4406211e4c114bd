namespace RightHelp.GraphQL.Language.Ast;

/// <summary>interface X (spec 3.7).</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }
    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}
