using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's recommended MaxIntrospectionDepthRule (not in the spec, allowed by spec 5 "additional
/// validation"): introspection may not nest fields/interfaces/possibleTypes/inputFields lists too deeply,
/// which would let a small query produce a huge response.
/// </summary>
public sealed class MaxIntrospectionDepth(int maxListsDepth = 3) : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (node.Name.Value is not ("__schema" or "__type"))
        {
            return;
        }
        var checkedFragments = new Dictionary<string, int>(StringComparer.Ordinal);
        var exceeded = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Check(context, node, new Dictionary<string, int>(StringComparer.Ordinal), checkedFragments, exceeded, 0))
        {
            context.Report("Maximum introspection depth exceeded", node);
        }
    }

    private bool Check(ValidationContext context, SelectionNode node, Dictionary<string, int> visited,
        Dictionary<string, int> checkedFragments, Dictionary<string, int> exceeded, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (exceeded.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }
            if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                || (checkedFragments.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
            {
                return false;
            }
            if (context.GetFragment(name) is not { } fragment)
            {
                return false;
            }
            visited[name] = depth;
            if (CheckSet(context, fragment.SelectionSet, visited, checkedFragments, exceeded, depth))
            {
                exceeded[name] = depth;
                return true;
            }
            checkedFragments[name] = depth;
            return false;
        }
        if (node is FieldNode field && field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
        {
            if (++depth >= maxListsDepth)
            {
                return true;
            }
        }
        var set = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode inline => inline.SelectionSet,
            _ => null,
        };
        return set is not null && CheckSet(context, set, visited, checkedFragments, exceeded, depth);
    }

    private bool CheckSet(ValidationContext context, SelectionSetNode set, Dictionary<string, int> visited,
        Dictionary<string, int> checkedFragments, Dictionary<string, int> exceeded, int depth)
    {
        foreach (var child in set.Selections)
        {
            if (Check(context, child, visited, checkedFragments, exceeded, depth))
            {
                return true;
            }
        }
        return false;
    }
}
