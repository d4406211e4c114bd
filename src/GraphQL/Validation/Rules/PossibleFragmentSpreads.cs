using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.3 Fragment Spread Is Possible: "For each spread (named or inline) defined in the document ...
/// applicableTypes (the intersection of GetPossibleTypes(fragmentType) and GetPossibleTypes(parentType))
/// must not be empty."
/// </summary>
public sealed class PossibleFragmentSpreads : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (context.Type is NamedType { IsComposite: true } fragmentType && context.ParentType is { IsComposite: true } parentType
            && !Overlap(context.Schema, fragmentType, parentType))
        {
            context.Report($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        var fragment = context.GetFragment(node.Name.Value);
        if (fragment is null || context.Schema.GetType(fragment.TypeCondition.Name.Value) is not { IsComposite: true } fragmentType)
        {
            return;
        }
        if (context.ParentType is { } parentType && !Overlap(context.Schema, fragmentType, parentType))
        {
            context.Report($"Fragment \"{node.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }

    /// <summary>graphql-js doTypesOverlap.</summary>
    internal static bool Overlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a.IsAbstract)
        {
            if (b.IsAbstract)
            {
                foreach (var type in schema.GetPossibleTypes(a))
                {
                    if (schema.IsSubType(b, type))
                    {
                        return true;
                    }
                }
                return false;
            }
            return schema.IsSubType(a, b);
        }
        return b.IsAbstract && schema.IsSubType(b, a);
    }
}
