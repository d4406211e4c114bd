using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.4 All Variables Used: "For every variable defined by operation, variable must be used in at
/// least one operation or fragment transitively included by that operation."
/// </summary>
public sealed class NoUnusedVariables : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var used = new HashSet<string>(context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                context.Report(node.Name is not null
                    ? $"Variable \"${name}\" is never used in operation \"{node.Name.Value}\"."
                    : $"Variable \"${name}\" is never used.", definition);
            }
        }
    }
}
