using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Lone Anonymous Operation: "If operations contains more than 1: anonymous must be empty."
/// </summary>
public sealed class LoneAnonymousOperation : ValidationRule
{
    private int _operations;

    public override void EnterDocument(ValidationContext context, DocumentNode node) =>
        _operations = node.Definitions.Count(d => d is OperationDefinitionNode);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is null && _operations > 1)
        {
            context.Report("This anonymous operation must be the only defined operation.", node);
        }
    }
}
