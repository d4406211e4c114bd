using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 / 5.8.2 (type references): "For each named type reference in the document, the target named
/// type must be defined in the schema" — fragment type conditions and variable types.
/// </summary>
public sealed class KnownTypeNames : ValidationRule
{
    public override void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (context.Schema.GetType(name) is not null)
        {
            return;
        }
        var suggestions = Suggestions.List(name, context.Schema.Types.Select(t => t.Name));
        context.Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), node);
    }
}
