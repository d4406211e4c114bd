using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>
/// Resolves schema coordinates against a schema (spec "Schema Coordinates", Semantics). A coordinate whose last
/// name does not exist resolves to null; one whose containing element does not exist, or cannot have members,
/// is an error (<see cref="GraphQLException"/>), as the spec's algorithm asserts that element. Meta-fields
/// (<c>__typename</c> on any object or interface, <c>__schema</c> and <c>__type</c> on the query type) resolve
/// as graphql-js resolves them.
/// </summary>
public static class SchemaCoordinates
{
    /// <summary>Parses and resolves; throws <see cref="GraphQLSyntaxException"/> for malformed text.</summary>
    public static SchemaElement? Resolve(Schema schema, string coordinate) => Resolve(schema, SchemaCoordinateParser.Parse(coordinate));

    public static SchemaElement? Resolve(Schema schema, SchemaCoordinateNode coordinate) => coordinate switch
    {
        TypeCoordinateNode type => schema.GetType(type.Name.Value) is { } named
            ? new SchemaElement { Kind = SchemaElementKind.NamedType, Type = named }
            : null,
        MemberCoordinateNode member => ResolveMember(schema, member),
        ArgumentCoordinateNode argument => ResolveFieldArgument(schema, argument),
        DirectiveCoordinateNode directive => schema.GetDirective(directive.Name.Value) is { } found
            ? new SchemaElement { Kind = SchemaElementKind.Directive, Directive = found }
            : null,
        DirectiveArgumentCoordinateNode argument => ResolveDirectiveArgument(schema, argument),
        _ => throw new ArgumentOutOfRangeException(nameof(coordinate), coordinate.GetType().Name, "Unknown kind of schema coordinate."),
    };

    private static SchemaElement? ResolveMember(Schema schema, MemberCoordinateNode coordinate)
    {
        var typeName = coordinate.Name.Value;
        var name = coordinate.MemberName.Value;
        switch (schema.GetType(typeName))
        {
            case null:
                throw new GraphQLException($"Expected \"{typeName}\" to be defined as a type in the schema.");
            case EnumType enumType:
                return enumType.GetValue(name) is { } value
                    ? new SchemaElement { Kind = SchemaElementKind.EnumValue, Type = enumType, EnumValue = value }
                    : null;
            case InputObjectType input:
                return input.GetField(name) is { } inputField
                    ? new SchemaElement { Kind = SchemaElementKind.InputField, Type = input, InputField = inputField }
                    : null;
            case ComplexType complex:
                return FieldOf(schema, complex, name) is { } field
                    ? new SchemaElement { Kind = SchemaElementKind.Field, Type = complex, Field = field }
                    : null;
            default:
                throw new GraphQLException($"Expected \"{typeName}\" to be an Enum, Input Object, Object or Interface type.");
        }
    }

    private static SchemaElement? ResolveFieldArgument(Schema schema, ArgumentCoordinateNode coordinate)
    {
        var typeName = coordinate.Name.Value;
        var fieldName = coordinate.FieldName.Value;
        var complex = schema.GetType(typeName) switch
        {
            null => throw new GraphQLException($"Expected \"{typeName}\" to be defined as a type in the schema."),
            ComplexType found => found,
            _ => throw new GraphQLException($"Expected \"{typeName}\" to be an object type or interface type."),
        };
        var field = FieldOf(schema, complex, fieldName)
            ?? throw new GraphQLException($"Expected \"{fieldName}\" to exist as a field of type \"{typeName}\" in the schema.");
        return field.GetArgument(coordinate.ArgumentName.Value) is { } argument
            ? new SchemaElement { Kind = SchemaElementKind.FieldArgument, Type = complex, Field = field, Argument = argument }
            : null;
    }

    private static SchemaElement? ResolveDirectiveArgument(Schema schema, DirectiveArgumentCoordinateNode coordinate)
    {
        var name = coordinate.Name.Value;
        var directive = schema.GetDirective(name)
            ?? throw new GraphQLException($"Expected \"{name}\" to be defined as a directive in the schema.");
        return directive.GetArgument(coordinate.ArgumentName.Value) is { } argument
            ? new SchemaElement { Kind = SchemaElementKind.DirectiveArgument, Directive = directive, Argument = argument }
            : null;
    }

    private static FieldDefinition? FieldOf(Schema schema, ComplexType type, string name)
    {
        if (name == "__typename")
        {
            return MetaFields.TypeName;
        }
        if (ReferenceEquals(type, schema.QueryType) && name is "__schema" or "__type")
        {
            var (schemaField, typeField) = MetaFields.For(schema);
            return name == "__schema" ? schemaField : typeField;
        }
        return type.GetField(name);
    }
}
