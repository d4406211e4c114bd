using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation;

/// <summary>Records each variable use with the input type expected at its position.</summary>
internal sealed class VariableUsageCollector : ValidationRule
{
    public List<VariableUsage> Usages { get; } = [];

    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is VariableNode variable)
        {
            Usages.Add(new VariableUsage(variable, context.InputType,
                context.InputDefaults.Count > 0 && context.InputDefaults[^1],
                context.OneOfFields.Count > 0 && context.OneOfFields[^1] is not null,
                context.OneOfFields.Count > 0 ? context.OneOfFields[^1] : null));
        }
    }
}
