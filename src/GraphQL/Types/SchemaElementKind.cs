namespace RightHelp.GraphQL.Types;

/// <summary>What a schema coordinate resolved to (the names graphql-js's resolveSchemaCoordinate uses).</summary>
public enum SchemaElementKind
{
    NamedType,
    Field,
    InputField,
    EnumValue,
    FieldArgument,
    Directive,
    DirectiveArgument,
}
