namespace RightHelp.GraphQL.Language.Ast;

/// <summary>schema { query: Q ... } or its extension (spec 3.3).</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}
