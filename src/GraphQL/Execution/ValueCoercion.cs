using System.Collections;
using System.Text;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// Input coercion (spec 3.10 input coercion, 6.1.2 CoerceVariableValues, 6.4.1 CoerceArgumentValues),
/// reporting problems with graphql-js 17's wording and paths.
/// </summary>
public static class ValueCoercion
{
    /// <summary>Returned when a value cannot be coerced.</summary>
    internal static readonly object Invalid = new();

    /// <summary>Stands for "no value" (JavaScript undefined) where null would mean an explicit null.</summary>
    internal static readonly object Undefined = new();

    public delegate void ErrorSink(string message, IReadOnlyList<object> path);

    /// <summary>Coerces a runtime input value (from JSON variables); reports every problem found.</summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, ErrorSink onError, List<object>? path = null)
    {
        path ??= [];
        if (type is NonNullType nonNull)
        {
            if (ReferenceEquals(value, Undefined))
            {
                onError($"Expected a value of non-null type \"{type}\" to be provided.", [.. path]);
                return Invalid;
            }
            if (value is null)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", [.. path]);
                return Invalid;
            }
            return CoerceInputValue(value, nonNull.OfType, onError, path);
        }
        if (value is null || ReferenceEquals(value, Undefined))
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
                {
                    if (value is IList items)
                    {
                        var result = new List<object?>(items.Count);
                        var failed = false;
                        for (var i = 0; i < items.Count; i++)
                        {
                            path.Add(i);
                            var item = CoerceInputValue(items[i], list.OfType, onError, path);
                            path.RemoveAt(path.Count - 1);
                            failed |= ReferenceEquals(item, Invalid);
                            result.Add(item);
                        }
                        return failed ? Invalid : result;
                    }
                    var single = CoerceInputValue(value, list.OfType, onError, path);
                    return ReferenceEquals(single, Invalid) ? Invalid : new List<object?> { single };
                }
            case InputObjectType input:
                return CoerceInputObject(value, input, onError, path);
            case EnumType enumType:
                {
                    if (value is not string name)
                    {
                        var text = JsFormat.Inspect(value);
                        onError($"Enum \"{enumType.Name}\" cannot represent non-string value: {text}." + enumType.SuggestionFor(text), [.. path]);
                        return Invalid;
                    }
                    var found = enumType.GetValue(name);
                    if (found is null)
                    {
                        onError($"Value \"{name}\" does not exist in \"{enumType.Name}\" enum." + enumType.SuggestionFor(name), [.. path]);
                        return Invalid;
                    }
                    return found.Value;
                }
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (GraphQLException ex)
                {
                    onError(ex.Message, [.. path]);
                    return Invalid;
                }
                catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    onError($"Expected value of type \"{scalar.Name}\", but encountered error \"{ex.Message}\"; found: {JsFormat.Inspect(value)}.", [.. path]);
                    return Invalid;
                }
            default:
                return Invalid;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType input, ErrorSink onError, List<object> path)
    {
        if (value is not IDictionary<string, object?> map)
        {
            onError($"Expected value of type \"{input.Name}\" to be an object, found: {JsFormat.Inspect(value)}.", [.. path]);
            return Invalid;
        }
        var result = new Dictionary<string, object?>();
        var failed = false;
        foreach (var field in input.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    result[field.Name] = CoercedDefault(field);
                }
                else if (field.Type.IsNonNull)
                {
                    onError($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {JsFormat.Inspect(value)}.", [.. path]);
                    failed = true;
                }
                continue;
            }
            path.Add(field.Name);
            var coerced = CoerceInputValue(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
            if (ReferenceEquals(coerced, Invalid))
            {
                failed = true;
            }
            else
            {
                result[field.Name] = coerced;
            }
        }
        var provided = new List<string>();
        foreach (var key in map.Keys)
        {
            if (input.GetField(key) is null)
            {
                var suggestion = Suggestions.DidYouMean(Suggestions.List(key, input.Fields.Select(f => f.Name)));
                onError($"Expected value of type \"{input.Name}\" not to include unknown field \"{key}\"" +
                    (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found") + $": {JsFormat.Inspect(value)}.", [.. path]);
                failed = true;
            }
            else
            {
                provided.Add(key);
            }
        }
        if (input.IsOneOf)
        {
            if (provided.Count != 1)
            {
                onError(OneOfMessage(input), [.. path]);
                failed = true;
            }
            else if (map[provided[0]] is null)
            {
                onError(OneOfMessage(input), [.. path, provided[0]]);
                failed = true;
            }
        }
        return failed ? Invalid : result;
    }

    internal static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>The coerced default value of an argument or input field (computed once).</summary>
    internal static object? CoercedDefault(InputValueDefinition definition)
    {
        if (!definition.HasCoercedDefault)
        {
            var value = CoerceLiteral(definition.DefaultValue!, definition.Type, null, out _);
            definition.CoercedDefault = ReferenceEquals(value, Invalid) ? null : value;
            definition.HasCoercedDefault = true;
        }
        return definition.CoercedDefault;
    }

    /// <summary>
    /// Coerces a literal (spec "CoerceArgumentValues" / input coercion of literals). Variables are looked up in
    /// <paramref name="variables"/>; returns <see cref="Invalid"/> with a message, or <see cref="Undefined"/> for a missing variable.
    /// </summary>
    internal static object? CoerceLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out string? error)
    {
        error = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value))
            {
                if (type.IsNonNull)
                {
                    error = $"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.";
                    return Invalid;
                }
                return Undefined;
            }
            if (value is null && type.IsNonNull)
            {
                error = $"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.";
                return Invalid;
            }
            return value;
        }
        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                error = $"Expected value of non-null type \"{type}\" not to be null.";
                return Invalid;
            }
            return CoerceLiteral(node, nonNull.OfType, variables, out error);
        }
        if (node is NullValueNode)
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
                {
                    if (node is not ListValueNode listNode)
                    {
                        var single = CoerceLiteral(node, list.OfType, variables, out error);
                        return ReferenceEquals(single, Invalid) ? Invalid : new List<object?> { ReferenceEquals(single, Undefined) ? null : single };
                    }
                    var result = new List<object?>(listNode.Values.Count);
                    foreach (var itemNode in listNode.Values)
                    {
                        var item = CoerceLiteral(itemNode, list.OfType, variables, out error);
                        if (ReferenceEquals(item, Invalid))
                        {
                            return Invalid;
                        }
                        result.Add(ReferenceEquals(item, Undefined) ? null : item);
                    }
                    return result;
                }
            case InputObjectType input:
                {
                    if (node is not ObjectValueNode objectNode)
                    {
                        error = $"Expected value of type \"{input.Name}\" to be an object, found: {Printer.PrintForError(node)}.";
                        return Invalid;
                    }
                    var result = new Dictionary<string, object?>();
                    foreach (var field in input.Fields)
                    {
                        ObjectFieldNode? fieldNode = null;
                        foreach (var candidate in objectNode.Fields)
                        {
                            if (candidate.Name.Value == field.Name)
                            {
                                fieldNode = candidate;
                                break;
                            }
                        }
                        var missing = fieldNode is null || (fieldNode.Value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)));
                        if (missing)
                        {
                            if (input.IsOneOf && fieldNode is not null)
                            {
                                error = $"Expected variable \"${((VariableNode)fieldNode.Value).Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{input.Name}\" to provide a runtime value.";
                                return Invalid;
                            }
                            if (field.DefaultValue is not null)
                            {
                                result[field.Name] = CoercedDefault(field);
                            }
                            else if (field.Type.IsNonNull)
                            {
                                error = fieldNode is null
                                    ? $"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {Printer.PrintForError(node)}."
                                    : $"Expected variable \"${((VariableNode)fieldNode.Value).Name.Value}\" provided to type \"{field.Type}\" to provide a runtime value.";
                                return Invalid;
                            }
                            continue;
                        }
                        var coerced = CoerceLiteral(fieldNode!.Value, field.Type, variables, out error);
                        if (ReferenceEquals(coerced, Invalid))
                        {
                            return Invalid;
                        }
                        result[field.Name] = coerced;
                    }
                    foreach (var fieldNode in objectNode.Fields)
                    {
                        if (input.GetField(fieldNode.Name.Value) is null)
                        {
                            error = $"Expected value of type \"{input.Name}\" not to include unknown field \"{fieldNode.Name.Value}\", found: {Printer.PrintForError(node)}.";
                            return Invalid;
                        }
                    }
                    if (input.IsOneOf)
                    {
                        if (objectNode.Fields.Count != 1 || result.Count != 1 || result.First().Value is null)
                        {
                            error = OneOfMessage(input);
                            return Invalid;
                        }
                    }
                    return result;
                }
            case EnumType enumType:
                {
                    if (node is not EnumValueNode enumNode)
                    {
                        var text = Printer.PrintForError(node);
                        error = $"Enum \"{enumType.Name}\" cannot represent non-enum value: {text}." + enumType.SuggestionFor(text);
                        return Invalid;
                    }
                    var found = enumType.GetValue(enumNode.Value);
                    if (found is null)
                    {
                        error = $"Value \"{enumNode.Value}\" does not exist in \"{enumType.Name}\" enum." + enumType.SuggestionFor(enumNode.Value);
                        return Invalid;
                    }
                    return found.Value;
                }
            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(node, variables is null ? null : name => variables.TryGetValue(name, out var v) ? v : null);
                }
                catch (GraphQLException ex)
                {
                    error = ex.Message;
                    return Invalid;
                }
                catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    error = $"Expected value of type \"{scalar.Name}\", but encountered error \"{ex.Message}\"; found: {Printer.PrintForError(node)}.";
                    return Invalid;
                }
            default:
                error = "Invalid input type.";
                return Invalid;
        }
    }

    /// <summary>Coerces the arguments of a field or directive (spec 6.4.1); throws <see cref="GraphQLException"/>.</summary>
    internal static Dictionary<string, object?> CoerceArguments(IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> nodes, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new Dictionary<string, object?>(definitions.Count);
        foreach (var definition in definitions)
        {
            ArgumentNode? node = null;
            foreach (var candidate in nodes)
            {
                if (candidate.Name.Value == definition.Name)
                {
                    node = candidate;
                    break;
                }
            }
            if (node is null)
            {
                if (definition.IsRequired)
                {
                    throw new GraphQLException($"Argument \"{definition.Coordinate}\" of required type \"{definition.Type}\" was not provided.");
                }
                if (definition.DefaultValue is not null)
                {
                    result[definition.Name] = CoercedDefault(definition);
                }
                continue;
            }
            if (node.Value is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value)) && !definition.IsRequired)
            {
                if (definition.DefaultValue is not null)
                {
                    result[definition.Name] = CoercedDefault(definition);
                }
                continue;
            }
            var value = CoerceLiteral(node.Value, definition.Type, variables, out var error);
            if (ReferenceEquals(value, Invalid))
            {
                throw new GraphQLException($"Argument \"{definition.Coordinate}\" has invalid value: {error}");
            }
            result[definition.Name] = ReferenceEquals(value, Undefined) ? null : value;
        }
        return result;
    }

    /// <summary>graphql-js printPathArray: " at .field[0]" or empty.</summary>
    internal static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return string.Empty;
        }
        var builder = new StringBuilder(" at ");
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }
        return builder.ToString();
    }
}
