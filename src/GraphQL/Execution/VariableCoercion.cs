using System.Text.Json;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Execution;

/// <summary>Spec 6.1.2 CoerceVariableValues, with graphql-js 17's messages ("Variable "$x" has invalid value ...").</summary>
internal static class VariableCoercion
{
    public static Dictionary<string, object?> Coerce(Schema schema, OperationDefinitionNode operation, JsonElement? inputs,
        List<GraphQLError> errors, int maxErrors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (operation.VariableDefinitions.Count == 0)
        {
            return coerced;
        }
        var values = inputs is { ValueKind: JsonValueKind.Object } element
            ? (Dictionary<string, object?>)JsonValues.ToPlain(element)!
            : [];
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var location = new[] { new SourceLocation(definition.Location.Line, definition.Location.Column) };
            var type = TypeResolver.FromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" expected value of type \"{Language.Printer.Print(definition.Type)}\" which cannot be used as an input type.", location));
                continue;
            }
            if (!values.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    var fallback = ValueCoercion.CoerceLiteral(definition.DefaultValue, type, null, out var error);
                    if (ReferenceEquals(fallback, ValueCoercion.Invalid))
                    {
                        errors.Add(new GraphQLError($"Variable \"${name}\" has invalid default value: {error}", location));
                    }
                    else
                    {
                        coerced[name] = fallback;
                    }
                    continue;
                }
                if (!type.IsNonNull)
                {
                    continue;
                }
                value = ValueCoercion.Undefined;
            }
            var result = ValueCoercion.CoerceInputValue(value, type, (message, path) =>
            {
                if (errors.Count >= maxErrors)
                {
                    return;
                }
                errors.Add(new GraphQLError($"Variable \"${name}\" has invalid value{ValueCoercion.PrintPath(path)}: {message}", location));
            });
            if (!ReferenceEquals(result, ValueCoercion.Invalid))
            {
                coerced[name] = result;
            }
        }
        return coerced;
    }
}
