namespace RightHelp.GraphQL.Types;

/// <summary>
/// The schema element a coordinate names. <see cref="Type"/> is set for every kind except the two directive
/// kinds; the other properties are set when the kind says so.
/// </summary>
public sealed class SchemaElement
{
    public required SchemaElementKind Kind { get; init; }
    public NamedType? Type { get; init; }
    public FieldDefinition? Field { get; init; }
    public InputValueDefinition? InputField { get; init; }
    public EnumValueDefinition? EnumValue { get; init; }

    /// <summary>The argument, of <see cref="Field"/> or of <see cref="Directive"/>.</summary>
    public InputValueDefinition? Argument { get; init; }
    public DirectiveDefinition? Directive { get; init; }
}
