using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Validation;

/// <summary>Reports every way a literal fails to coerce to a type, without variable values (graphql-js validateInputLiteral).</summary>
internal static class LiteralValidator
{
    public static void Validate(ValueNode node, GraphQLType type, Action<string, SyntaxNode> onError)
    {
        if (node is VariableNode)
        {
            return;
        }
        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", node);
                return;
            }
            Validate(node, nonNull.OfType, onError);
            return;
        }
        if (node is NullValueNode)
        {
            return;
        }
        switch (type)
        {
            case ListType list:
                if (node is ListValueNode listNode)
                {
                    foreach (var item in listNode.Values)
                    {
                        Validate(item, list.OfType, onError);
                    }
                }
                else
                {
                    Validate(node, list.OfType, onError);
                }
                break;
            case InputObjectType input:
                {
                    if (node is not ObjectValueNode obj)
                    {
                        onError($"Expected value of type \"{input.Name}\" to be an object, found: {Printer.PrintForError(node)}.", node);
                        return;
                    }
                    foreach (var field in input.Fields)
                    {
                        var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                        if (fieldNode is null)
                        {
                            if (field.IsRequired)
                            {
                                onError($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {Printer.PrintForError(node)}.", node);
                            }
                            continue;
                        }
                        Validate(fieldNode.Value, field.Type, onError);
                    }
                    var known = new List<ObjectFieldNode>();
                    foreach (var fieldNode in obj.Fields)
                    {
                        if (input.GetField(fieldNode.Name.Value) is null)
                        {
                            var suggestion = Suggestions.DidYouMean(Suggestions.List(fieldNode.Name.Value, input.Fields.Select(f => f.Name)));
                            onError($"Expected value of type \"{input.Name}\" not to include unknown field \"{fieldNode.Name.Value}\"" +
                                (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found") + $": {Printer.PrintForError(node)}.", fieldNode);
                        }
                        else
                        {
                            known.Add(fieldNode);
                        }
                    }
                    if (input.IsOneOf)
                    {
                        if (known.Count != 1)
                        {
                            onError(ValueCoercion.OneOfMessage(input), node);
                        }
                        else if (known[0].Value is NullValueNode)
                        {
                            onError(ValueCoercion.OneOfMessage(input), node);
                        }
                    }
                    break;
                }
            case NamedType leaf:
                if (ContainsVariable(node))
                {
                    return;
                }
                var value = ValueCoercion.CoerceLiteral(node, leaf, null, out var error);
                if (ReferenceEquals(value, ValueCoercion.Invalid))
                {
                    onError(error ?? $"Expected value of type \"{leaf.Name}\", found: {Printer.PrintForError(node)}.", node);
                }
                break;
        }
    }

    private static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}
