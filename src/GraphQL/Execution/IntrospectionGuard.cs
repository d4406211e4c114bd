using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Execution;

/// <summary>Finds __schema / __type in an operation (fragments included) when introspection is switched off.</summary>
internal static class IntrospectionGuard
{
    public static bool UsesIntrospection(DocumentNode document, OperationDefinitionNode operation)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<SelectionSetNode>();
        stack.Push(operation.SelectionSet);
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (field.Name.Value is "__schema" or "__type")
                        {
                            return true;
                        }
                        if (field.SelectionSet is not null)
                        {
                            stack.Push(field.SelectionSet);
                        }
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        if (visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment))
                        {
                            stack.Push(fragment.SelectionSet);
                        }
                        break;
                }
            }
        }
        return false;
    }
}
