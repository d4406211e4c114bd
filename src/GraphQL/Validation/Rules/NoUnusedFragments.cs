using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.4 Fragments Must Be Used: "For each fragment defined in the document, fragment must be the
/// target of at least one spread in the document."
/// </summary>
public sealed class NoUnusedFragments : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }
        }
        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                context.Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
