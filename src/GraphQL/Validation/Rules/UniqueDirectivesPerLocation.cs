using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3 Directives Are Unique Per Location: "For each location in the document for which directives
/// can apply ... for each non-repeatable directive, directives must be a set of one."
/// </summary>
public sealed class UniqueDirectivesPerLocation : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node) => Check(context, node.Directives);

    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) => Check(context, node.Directives);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) => Check(context, node.Directives);

    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Directives);

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) => Check(context, node.Directives);

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) => Check(context, node.Directives);

    private static void Check(ValidationContext context, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count < 2)
        {
            return;
        }
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }
            if (seen.TryGetValue(name, out var first))
            {
                context.Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }
}
