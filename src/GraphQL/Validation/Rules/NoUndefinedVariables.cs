using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.3 All Variable Uses Defined: "For each variableUsage in scope, variable must be in operation's
/// variable list."
/// </summary>
public sealed class NoUndefinedVariables : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var defined = new HashSet<string>(node.VariableDefinitions.Select(v => v.Variable.Name.Value), StringComparer.Ordinal);
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                context.Report(node.Name is not null
                    ? $"Variable \"${name}\" is not defined by operation \"{node.Name.Value}\"."
                    : $"Variable \"${name}\" is not defined.", usage.Node, node);
            }
        }
    }
}
