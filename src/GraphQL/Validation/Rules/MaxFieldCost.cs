using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Limit (spec 5 allows additional rules): the estimated cost of an operation — each field's cost, multiplied
/// through list fields by their first/last/limit/take argument (or 10 when unknown) — may not exceed
/// <c>maxCost</c>. Fragment costs are computed once, so fragment fan-out cannot make this rule itself slow.
/// </summary>
public sealed class MaxFieldCost(int maxCost) : ValidationRule
{
    private const int DefaultListSize = 10;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var root = context.Schema.GetRootType(node.Operation);
        if (root is null)
        {
            return;
        }
        var cost = Cost(context, root, node.SelectionSet, new Dictionary<(string, NamedType), double>(), []);
        if (cost > maxCost)
        {
            context.Report($"Operation{(node.Name is null ? string.Empty : $" \"{node.Name.Value}\"")} exceeds the maximum cost of {maxCost} (its estimated cost is {Math.Min(cost, int.MaxValue):0}).", node);
        }
    }

    private static double Cost(ValidationContext context, NamedType parent, SelectionSetNode set, Dictionary<(string, NamedType), double> memo, HashSet<string> path)
    {
        double total = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    {
                        var definition = FieldLookup.Find(context.Schema, parent, field.Name.Value);
                        if (definition is null)
                        {
                            continue;
                        }
                        var own = definition.Cost;
                        var children = field.SelectionSet is null ? 0 : Cost(context, definition.Type.Named, field.SelectionSet, memo, path);
                        total += own + (Multiplier(definition.Type, field) * children);
                        break;
                    }
                case InlineFragmentNode inline:
                    {
                        var type = inline.TypeCondition is null ? parent : context.Schema.GetType(inline.TypeCondition.Name.Value) ?? parent;
                        total += Cost(context, type, inline.SelectionSet, memo, path);
                        break;
                    }
                case FragmentSpreadNode spread:
                    {
                        var name = spread.Name.Value;
                        if (context.GetFragment(name) is not { } fragment)
                        {
                            continue;
                        }
                        var type = context.Schema.GetType(fragment.TypeCondition.Name.Value) ?? parent;
                        if (memo.TryGetValue((name, type), out var known))
                        {
                            total += known;
                            continue;
                        }
                        if (!path.Add(name))
                        {
                            continue;
                        }
                        var cost = Cost(context, type, fragment.SelectionSet, memo, path);
                        path.Remove(name);
                        memo[(name, type)] = cost;
                        total += cost;
                        break;
                    }
            }
            if (total > 1e12)
            {
                return total;
            }
        }
        return total;
    }

    private static double Multiplier(GraphQLType type, FieldNode field)
    {
        if (type.Nullable is not ListType)
        {
            return 1;
        }
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value is "first" or "last" or "limit" or "take" && argument.Value is IntValueNode size
                && int.TryParse(size.Value, out var n))
            {
                return Math.Max(n, 1);
            }
        }
        return DefaultListSize;
    }
}
