using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Execution;

/// <summary>Facts about a document that decide what execution may share between requests.</summary>
internal static class ExecutionPlanning
{
    public static Dictionary<string, FragmentDefinitionNode> Fragments(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
        return fragments;
    }

    /// <summary>Whether any @skip/@include in the document's operations and fragments has a variable in its arguments.</summary>
    public static bool ConditionsUseVariables(DocumentNode document)
    {
        var stack = new Stack<SelectionSetNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    stack.Push(operation.SelectionSet);
                    break;
                case FragmentDefinitionNode fragment:
                    stack.Push(fragment.SelectionSet);
                    break;
            }
        }
        while (stack.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include" && ArgumentsUseVariables(directive.Arguments))
                    {
                        return true;
                    }
                }
                switch (selection)
                {
                    case FieldNode { SelectionSet: { } nested }:
                        stack.Push(nested);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        return false;
    }

    public static bool ArgumentsUseVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (UsesVariables(argument.Value))
            {
                return true;
            }
        }
        return false;
    }

    private static bool UsesVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (UsesVariables(item))
                    {
                        return true;
                    }
                }
                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (UsesVariables(field.Value))
                    {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }
}
