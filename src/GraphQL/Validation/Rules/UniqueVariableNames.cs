using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.1 Variable Uniqueness: "For every operation in the document, for every variable defined on
/// operation ... variables must be a set of one."
/// </summary>
public sealed class UniqueVariableNames : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var groups = new Dictionary<string, List<NameNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!groups.TryGetValue(name, out var list))
            {
                groups[name] = list = [];
                order.Add(name);
            }
            list.Add(definition.Variable.Name);
        }
        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                context.Report($"There can be only one variable named \"${name}\".", [.. groups[name]]);
            }
        }
    }
}
