namespace RightHelp.GraphQL.Language.Ast;

/// <summary>type X (spec 3.6).</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }
    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}
