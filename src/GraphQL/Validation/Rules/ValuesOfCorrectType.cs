using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: "For each input Value value in the document, let type be the type
/// expected in the position value is found; value must be coercible to type (with the assumption that any
/// variableUsage nested within value will represent a runtime value valid for usage in its position)."
/// </summary>
public sealed class ValuesOfCorrectType : ValidationRule
{
    private int _depth;

    public override void EnterDocument(ValidationContext context, DocumentNode node) => _depth = 0;

    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (_depth++ > 0 || node is VariableNode || context.InputType is not { } type)
        {
            return;
        }
        LiteralValidator.Validate(node, type, (message, at) => context.Report(message, at));
    }

    public override void LeaveValue(ValidationContext context, ValueNode node) => _depth--;
}
