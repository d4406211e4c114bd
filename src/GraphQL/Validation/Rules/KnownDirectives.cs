using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.1 Directives Are Defined and 5.7.2 Directives Are In Valid Locations: "For every directive in a
/// document, directiveName must be defined ... if directive is within an operation or fragment, it must be
/// used in a location the directive definition allows."
/// </summary>
public sealed class KnownDirectives : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode owner)
    {
        var name = node.Name.Value;
        var definition = context.Schema.GetDirective(name);
        if (definition is null)
        {
            context.Report($"Unknown directive \"@{name}\".", node);
            return;
        }
        var location = LocationOf(owner);
        if (location is not null && !definition.Locations.Contains(location))
        {
            context.Report($"Directive \"@{name}\" may not be used on {location}.", node);
        }
    }

    internal static string? LocationOf(SyntaxNode owner) => owner switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Query => "QUERY",
            OperationType.Mutation => "MUTATION",
            _ => "SUBSCRIPTION",
        },
        FieldNode => "FIELD",
        FragmentSpreadNode => "FRAGMENT_SPREAD",
        InlineFragmentNode => "INLINE_FRAGMENT",
        FragmentDefinitionNode => "FRAGMENT_DEFINITION",
        VariableDefinitionNode => "VARIABLE_DEFINITION",
        _ => null,
    };
}
