using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.4.1 Single Root Field: "For each subscription operation definition subscription in the document
/// ... groupedFieldSet must have exactly one entry, which must not be an introspection field."
/// </summary>
public sealed class SingleFieldSubscriptions : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } root)
        {
            return;
        }
        var name = node.Name?.Value;
        var groups = new List<(string Key, List<FieldNode> Nodes)>();
        var forbidden = new List<DirectiveNode>();
        Collect(context, root, node.SelectionSet, groups, forbidden, new HashSet<string>(StringComparer.Ordinal));
        if (forbidden.Count > 0)
        {
            context.Report(name is not null
                ? $"Subscription \"{name}\" must not use `@skip` or `@include` directives in the top level selection."
                : "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", [.. forbidden]);
            return;
        }
        if (groups.Count == 0)
        {
            context.Report(name is not null ? $"Subscription \"{name}\" must select one top level field." : "Anonymous Subscription must select one top level field.", node.SelectionSet);
        }
        else if (groups.Count > 1)
        {
            context.Report(name is not null
                ? $"Subscription \"{name}\" must select only one top level field."
                : "Anonymous Subscription must select only one top level field.", [.. groups.Skip(1).SelectMany(g => g.Nodes)]);
        }
        foreach (var (_, nodes) in groups)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.Report(name is not null
                    ? $"Subscription \"{name}\" must not select an introspection top level field."
                    : "Anonymous Subscription must not select an introspection top level field.", [.. nodes]);
            }
        }
    }

    private static void Collect(ValidationContext context, ObjectType type, SelectionSetNode set, List<(string Key, List<FieldNode> Nodes)> groups,
        List<DirectiveNode> forbidden, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            var skipped = false;
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    forbidden.Add(directive);
                    skipped = true;
                }
            }
            if (skipped)
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    var index = groups.FindIndex(g => g.Key == key);
                    if (index >= 0)
                    {
                        groups[index].Nodes.Add(field);
                    }
                    else
                    {
                        groups.Add((key, [field]));
                    }
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(context.Schema, type, inline.TypeCondition))
                    {
                        Collect(context, type, inline.SelectionSet, groups, forbidden, visited);
                    }
                    break;
                case FragmentSpreadNode spread:
                    if (visited.Add(spread.Name.Value) && context.GetFragment(spread.Name.Value) is { } fragment
                        && Applies(context.Schema, type, fragment.TypeCondition))
                    {
                        Collect(context, type, fragment.SelectionSet, groups, forbidden, visited);
                    }
                    break;
            }
        }
    }

    private static bool Applies(Schema schema, ObjectType type, NamedTypeNode condition) =>
        schema.GetType(condition.Name.Value) is { } conditionType && schema.IsPossibleType(conditionType, type);
}
