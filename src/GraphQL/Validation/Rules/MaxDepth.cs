using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Limit (spec 5 allows additional rules): an operation may nest fields at most <c>maxDepth</c> deep, counting
/// through fragments, so a small document cannot ask for an arbitrarily deep response.
/// </summary>
public sealed class MaxDepth(int maxDepth) : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var memo = new Dictionary<string, int>(StringComparer.Ordinal);
        var depth = Depth(context, node.SelectionSet, memo, []);
        if (depth > maxDepth)
        {
            context.Report($"Operation{(node.Name is null ? string.Empty : $" \"{node.Name.Value}\"")} exceeds the maximum depth of {maxDepth} (its depth is {depth}).", node);
        }
    }

    private static int Depth(ValidationContext context, SelectionSetNode set, Dictionary<string, int> memo, HashSet<string> path)
    {
        var max = 0;
        foreach (var selection in set.Selections)
        {
            var depth = selection switch
            {
                FieldNode field => 1 + (field.SelectionSet is null ? 0 : Depth(context, field.SelectionSet, memo, path)),
                InlineFragmentNode inline => Depth(context, inline.SelectionSet, memo, path),
                FragmentSpreadNode spread => FragmentDepth(context, spread.Name.Value, memo, path),
                _ => 0,
            };
            max = Math.Max(max, depth);
        }
        return max;
    }

    private static int FragmentDepth(ValidationContext context, string name, Dictionary<string, int> memo, HashSet<string> path)
    {
        if (memo.TryGetValue(name, out var known))
        {
            return known;
        }
        if (!path.Add(name) || context.GetFragment(name) is not { } fragment)
        {
            return 0;
        }
        var depth = Depth(context, fragment.SelectionSet, memo, path);
        path.Remove(name);
        memo[name] = depth;
        return depth;
    }
}
