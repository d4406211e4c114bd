namespace RightHelp.GraphQL.Language.Ast;

/// <summary>One root operation type of a schema definition.</summary>
public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type) : SyntaxNode
{
    public OperationType Operation { get; } = operation;
    public NamedTypeNode Type { get; } = type;
}
