using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.3 Fragments On Composite Types: "For each fragment defined in the document, the target type of
/// fragment must have kind UNION, INTERFACE, or OBJECT."
/// </summary>
public sealed class FragmentsOnCompositeTypes : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && context.Schema.GetType(condition.Name.Value) is { IsComposite: false })
        {
            context.Report($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
        }
    }

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (context.Schema.GetType(node.TypeCondition.Name.Value) is { IsComposite: false })
        {
            context.Report($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".", node.TypeCondition);
        }
    }
}
