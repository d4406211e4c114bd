using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.1 (operation type existence): "For each operation definition operation in the document, let
/// rootOperationType be the root operation type in schema corresponding to the kind of operation;
/// rootOperationType must exist."
/// </summary>
public sealed class KnownOperationTypes : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            context.Report($"The {node.Operation.ToString().ToLowerInvariant()} operation is not supported by the schema.", node);
        }
    }
}
