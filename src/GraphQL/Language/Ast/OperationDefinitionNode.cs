namespace RightHelp.GraphQL.Language.Ast;

/// <summary>An operation (spec 2.3).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public OperationType Operation { get; init; }
    public NameNode? Name { get; init; }
    public required IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; }
}
