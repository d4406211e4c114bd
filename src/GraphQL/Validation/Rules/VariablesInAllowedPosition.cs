using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: "For each variableUsage in variableUsages ...
/// IsVariableUsageAllowed(variableDefinition, variableUsage) must be true."
/// </summary>
public sealed class VariablesInAllowedPosition : ValidationRule
{
    public override void LeaveOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition;
        }
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is null)
            {
                continue;
            }
            var variableType = TypeResolver.FromAst(context.Schema, definition.Type);
            if (variableType is null)
            {
                continue;
            }
            if (!Allowed(context.Schema, variableType, definition.DefaultValue, usage.Type, usage.HasLocationDefault))
            {
                context.Report($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            }
            if (usage.InOneOfField && !variableType.IsNonNull)
            {
                var parent = FindOneOfParent(context, usage);
                context.Report($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{parent}\".", definition, usage.Node);
            }
        }
    }

    private static string FindOneOfParent(ValidationContext context, VariableUsage usage) => usage.OneOfParent ?? string.Empty;

    private static bool Allowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullDefault && !locationDefault)
            {
                return false;
            }
            return IsSubType(schema, variableType, nonNullLocation.OfType);
        }
        return IsSubType(schema, variableType, locationType);
    }

    /// <summary>graphql-js isTypeSubTypeOf.</summary>
    internal static bool IsSubType(Schema schema, GraphQLType maybeSub, GraphQLType super)
    {
        if (GraphQLType.AreEqual(maybeSub, super))
        {
            return true;
        }
        if (super is NonNullType superNonNull)
        {
            return maybeSub is NonNullType subNonNull && IsSubType(schema, subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSub is NonNullType nonNull)
        {
            return IsSubType(schema, nonNull.OfType, super);
        }
        if (super is ListType superList)
        {
            return maybeSub is ListType subList && IsSubType(schema, subList.OfType, superList.OfType);
        }
        if (maybeSub is ListType)
        {
            return false;
        }
        return super is NamedType { IsAbstract: true } abstractType && maybeSub is ComplexType complex && schema.IsSubType(abstractType, complex);
    }
}
