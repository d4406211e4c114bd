using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation;

/// <summary>
/// Walks an executable document depth first in graphql-js's key order, keeping the current parent type,
/// field, input type and directive up to date (graphql-js TypeInfo), and calls every rule at every node.
/// Recursion depth is bounded by the parser's nesting limit.
/// </summary>
internal sealed class DocumentWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
{
    public void WalkDocument(DocumentNode document)
    {
        foreach (var rule in rules)
        {
            rule.EnterDocument(context, document);
        }
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragment(fragment);
                    break;
            }
        }
        foreach (var rule in rules)
        {
            rule.LeaveDocument(context, document);
        }
    }

    public static List<VariableUsage> CollectVariableUsages(ValidationContext parent, ExecutableDefinitionNode definition)
    {
        var collector = new UsageCollector();
        var walker = new DocumentWalker(parent.Fork(), [collector]);
        if (definition is OperationDefinitionNode operation)
        {
            walker.WalkOperation(operation, skipVariableDefinitions: true);
        }
        else
        {
            walker.WalkFragment((FragmentDefinitionNode)definition);
        }
        return collector.Usages;
    }

    private void WalkOperation(OperationDefinitionNode operation, bool skipVariableDefinitions = false)
    {
        var root = context.Schema.GetRootType(operation.Operation);
        context.Types.Add(root);
        foreach (var rule in rules)
        {
            rule.EnterOperation(context, operation);
        }
        if (!skipVariableDefinitions)
        {
            foreach (var variable in operation.VariableDefinitions)
            {
                WalkVariableDefinition(variable);
            }
        }
        WalkDirectives(operation.Directives, operation);
        WalkSelectionSet(operation.SelectionSet, operation);
        foreach (var rule in rules)
        {
            rule.LeaveOperation(context, operation);
        }
        context.Types.RemoveAt(context.Types.Count - 1);
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeFromAst(node.Type);
        context.InputTypes.Add(type is not null && type.IsInputType ? type : null);
        context.InputDefaults.Add(false);
        context.OneOfFields.Add(null);
        foreach (var rule in rules)
        {
            rule.EnterVariableDefinition(context, node);
        }
        WalkValue(node.Variable);
        WalkType(node.Type);
        if (node.DefaultValue is not null)
        {
            WalkValue(node.DefaultValue);
        }
        WalkDirectives(node.Directives, node);
        PopInput();
    }

    private void WalkFragment(FragmentDefinitionNode fragment)
    {
        var type = context.Schema.GetType(fragment.TypeCondition.Name.Value);
        context.Types.Add(type is not null && type.IsOutputType ? type : null);
        foreach (var rule in rules)
        {
            rule.EnterFragmentDefinition(context, fragment);
        }
        WalkType(fragment.TypeCondition);
        WalkDirectives(fragment.Directives, fragment);
        WalkSelectionSet(fragment.SelectionSet, fragment);
        context.Types.RemoveAt(context.Types.Count - 1);
    }

    private void WalkSelectionSet(SelectionSetNode set, SyntaxNode owner)
    {
        context.ParentTypes.Add(context.Type?.Named is { IsComposite: true } composite ? composite : null);
        context.SelectionSetOwner = owner;
        foreach (var rule in rules)
        {
            rule.EnterSelectionSet(context, set);
        }
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    foreach (var rule in rules)
                    {
                        rule.EnterFragmentSpread(context, spread);
                    }
                    WalkDirectives(spread.Directives, spread);
                    break;
                case InlineFragmentNode inline:
                    {
                        var type = inline.TypeCondition is null ? context.Type?.Named : context.Schema.GetType(inline.TypeCondition.Name.Value);
                        context.Types.Add(type is not null && type.IsOutputType ? type : null);
                        foreach (var rule in rules)
                        {
                            rule.EnterInlineFragment(context, inline);
                        }
                        if (inline.TypeCondition is not null)
                        {
                            WalkType(inline.TypeCondition);
                        }
                        WalkDirectives(inline.Directives, inline);
                        WalkSelectionSet(inline.SelectionSet, inline);
                        context.Types.RemoveAt(context.Types.Count - 1);
                        break;
                    }
            }
        }
        context.ParentTypes.RemoveAt(context.ParentTypes.Count - 1);
    }

    private void WalkField(FieldNode field)
    {
        var parent = context.ParentType;
        var definition = parent is null ? null : FieldLookup.Find(context.Schema, parent, field.Name.Value);
        context.FieldDefinitions.Add(definition);
        context.Types.Add(definition?.Type is { IsOutputType: true } type ? type : null);
        foreach (var rule in rules)
        {
            rule.EnterField(context, field);
        }
        foreach (var argument in field.Arguments)
        {
            WalkArgument(argument, definition?.GetArgument(argument.Name.Value));
        }
        WalkDirectives(field.Directives, field);
        if (field.SelectionSet is not null)
        {
            WalkSelectionSet(field.SelectionSet, field);
        }
        foreach (var rule in rules)
        {
            rule.LeaveField(context, field);
        }
        context.Types.RemoveAt(context.Types.Count - 1);
        context.FieldDefinitions.RemoveAt(context.FieldDefinitions.Count - 1);
    }

    private void WalkArgument(ArgumentNode argument, InputValueDefinition? definition)
    {
        context.Argument = definition;
        context.InputTypes.Add(definition?.Type is { IsInputType: true } type ? type : null);
        context.InputDefaults.Add(definition?.DefaultValue is not null);
        context.OneOfFields.Add(null);
        foreach (var rule in rules)
        {
            rule.EnterArgument(context, argument);
        }
        WalkValue(argument.Value);
        PopInput();
        context.Argument = null;
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, SyntaxNode owner)
    {
        foreach (var directive in directives)
        {
            var definition = context.Schema.GetDirective(directive.Name.Value);
            context.Directive = definition;
            foreach (var rule in rules)
            {
                rule.EnterDirective(context, directive, owner);
            }
            foreach (var argument in directive.Arguments)
            {
                context.Directive = definition;
                WalkArgument(argument, definition?.GetArgument(argument.Name.Value));
            }
            foreach (var rule in rules)
            {
                rule.LeaveDirective(context, directive);
            }
            context.Directive = null;
        }
    }

    private void WalkValue(ValueNode value)
    {
        foreach (var rule in rules)
        {
            rule.EnterValue(context, value);
        }
        switch (value)
        {
            case ListValueNode list:
                {
                    var listType = context.InputType?.Nullable;
                    var itemType = listType is ListType l ? l.OfType : listType;
                    context.InputTypes.Add(itemType is { IsInputType: true } ? itemType : null);
                    context.InputDefaults.Add(false);
                    context.OneOfFields.Add(null);
                    foreach (var item in list.Values)
                    {
                        WalkValue(item);
                    }
                    PopInput();
                    break;
                }
            case ObjectValueNode obj:
                context.ObjectValues.Add(obj);
                foreach (var field in obj.Fields)
                {
                    var objectType = context.InputType?.Named as InputObjectType;
                    var fieldDefinition = objectType?.GetField(field.Name.Value);
                    context.InputTypes.Add(fieldDefinition?.Type is { IsInputType: true } type ? type : null);
                    context.InputDefaults.Add(fieldDefinition?.DefaultValue is not null);
                    context.OneOfFields.Add(objectType is { IsOneOf: true } ? objectType.Name : null);
                    foreach (var rule in rules)
                    {
                        rule.EnterObjectField(context, field);
                    }
                    WalkValue(field.Value);
                    PopInput();
                }
                context.ObjectValues.RemoveAt(context.ObjectValues.Count - 1);
                break;
        }
        foreach (var rule in rules)
        {
            rule.LeaveValue(context, value);
        }
    }

    private void WalkType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                foreach (var rule in rules)
                {
                    rule.EnterNamedType(context, named);
                }
                break;
            case ListTypeNode list:
                WalkType(list.Type);
                break;
            case NonNullTypeNode nonNull:
                WalkType(nonNull.Type);
                break;
        }
    }

    private void PopInput()
    {
        context.InputTypes.RemoveAt(context.InputTypes.Count - 1);
        context.InputDefaults.RemoveAt(context.InputDefaults.Count - 1);
        context.OneOfFields.RemoveAt(context.OneOfFields.Count - 1);
    }

    private GraphQLType? TypeFromAst(TypeNode node) => TypeResolver.FromAst(context.Schema, node);

    private sealed class UsageCollector : ValidationRule
    {
        public List<VariableUsage> Usages { get; } = [];

        public override void EnterValue(ValidationContext context, ValueNode node)
        {
            if (node is VariableNode variable)
            {
                Usages.Add(new VariableUsage(variable, context.InputType,
                    context.InputDefaults.Count > 0 && context.InputDefaults[^1],
                    context.OneOfFields.Count > 0 && context.OneOfFields[^1] is not null,
                    context.OneOfFields.Count > 0 ? context.OneOfFields[^1] : null));
            }
        }
    }
}
