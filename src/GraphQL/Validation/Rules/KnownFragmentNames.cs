using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.1 Fragment Spread Target Defined: "For every named spread namedSpread in the document, let
/// fragment be the target of namedSpread; fragment must be defined in the document."
/// </summary>
public sealed class KnownFragmentNames : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.Report($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }
    }
}
