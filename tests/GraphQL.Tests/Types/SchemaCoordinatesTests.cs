using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Tests.Types;

/// <summary>Resolving schema coordinates against a schema, with graphql-js 17.1.0's resolveSchemaCoordinate answers.</summary>
public sealed class SchemaCoordinatesTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { plans(first: Int = 20, after: String): [Plan!]! node(id: ID!): Node }
        interface Node { id: ID! }
        type Plan implements Node { id: ID! status: Status! worker(active: Boolean): String }
        enum Status { DRAFT AGREED }
        input PlanFilter { status: Status text: String }
        scalar Date
        union Found = Plan
        directive @audit(reason: String!) on FIELD_DEFINITION
        """).Build();

    [Theory]
    [InlineData("Plan", SchemaElementKind.NamedType, "Plan")]
    [InlineData("__Type", SchemaElementKind.NamedType, "__Type")]
    [InlineData("Plan.worker", SchemaElementKind.Field, "worker")]
    [InlineData("Node.id", SchemaElementKind.Field, "id")]
    [InlineData("__Type.name", SchemaElementKind.Field, "name")]
    [InlineData("Plan.__typename", SchemaElementKind.Field, "__typename")]
    [InlineData("Query.__schema", SchemaElementKind.Field, "__schema")]
    [InlineData("Status.AGREED", SchemaElementKind.EnumValue, "AGREED")]
    [InlineData("PlanFilter.text", SchemaElementKind.InputField, "text")]
    [InlineData("Query.plans(first:)", SchemaElementKind.FieldArgument, "first")]
    [InlineData("Query.__type(name:)", SchemaElementKind.FieldArgument, "name")]
    [InlineData("@audit", SchemaElementKind.Directive, "audit")]
    [InlineData("@deprecated", SchemaElementKind.Directive, "deprecated")]
    [InlineData("@audit(reason:)", SchemaElementKind.DirectiveArgument, "reason")]
    [InlineData("@include(if:)", SchemaElementKind.DirectiveArgument, "if")]
    public void Existing_elements_resolve_to_their_kind_and_definition(string coordinate, SchemaElementKind kind, string name)
    {
        var element = SchemaCoordinates.Resolve(Schema, coordinate);

        Assert.NotNull(element);
        Assert.Equal(kind, element.Kind);
        var actual = kind switch
        {
            SchemaElementKind.NamedType => element.Type!.Name,
            SchemaElementKind.Field => element.Field!.Name,
            SchemaElementKind.EnumValue => element.EnumValue!.Name,
            SchemaElementKind.InputField => element.InputField!.Name,
            SchemaElementKind.Directive => element.Directive!.Name,
            _ => element.Argument!.Name,
        };
        Assert.Equal(name, actual);
    }

    [Fact]
    public void A_field_argument_carries_its_type_and_field()
    {
        var element = SchemaCoordinates.Resolve(Schema, "Plan.worker(active:)")!;

        Assert.Same(Schema.GetType("Plan"), element.Type);
        Assert.Same(((ObjectType)Schema.GetType("Plan")!).GetField("worker"), element.Field);
        Assert.Equal("Boolean", element.Argument!.Type.Named.Name);
    }

    [Theory]
    [InlineData("Missing")]
    [InlineData("Plan.missing")]
    [InlineData("Plan.__schema")]
    [InlineData("Status.ARCHIVED")]
    [InlineData("PlanFilter.missing")]
    [InlineData("Query.plans(missing:)")]
    [InlineData("@missing")]
    [InlineData("@audit(missing:)")]
    public void A_missing_last_name_resolves_to_nothing(string coordinate) =>
        Assert.Null(SchemaCoordinates.Resolve(Schema, coordinate));

    [Theory]
    [InlineData("Missing.field", "Expected \"Missing\" to be defined as a type in the schema.")]
    [InlineData("Date.field", "Expected \"Date\" to be an Enum, Input Object, Object or Interface type.")]
    [InlineData("Found.field", "Expected \"Found\" to be an Enum, Input Object, Object or Interface type.")]
    [InlineData("Missing.field(arg:)", "Expected \"Missing\" to be defined as a type in the schema.")]
    [InlineData("Status.DRAFT(arg:)", "Expected \"Status\" to be an object type or interface type.")]
    [InlineData("PlanFilter.text(arg:)", "Expected \"PlanFilter\" to be an object type or interface type.")]
    [InlineData("Plan.missing(arg:)", "Expected \"missing\" to exist as a field of type \"Plan\" in the schema.")]
    [InlineData("@missing(arg:)", "Expected \"missing\" to be defined as a directive in the schema.")]
    public void A_missing_or_unsuitable_container_is_an_error(string coordinate, string message)
    {
        var error = Assert.Throws<GraphQLException>(() => SchemaCoordinates.Resolve(Schema, coordinate));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Malformed_text_is_a_syntax_error_not_a_miss()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => SchemaCoordinates.Resolve(Schema, "Plan. worker"));

        Assert.Equal((1, 6), (error.Location.Line, error.Location.Column));
    }
}
