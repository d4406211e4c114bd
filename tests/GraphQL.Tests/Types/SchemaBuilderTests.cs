using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Tests.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void Builds_types_with_extensions_interfaces_of_interfaces_and_deprecations()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { node: Node old: Int @deprecated(reason: "gone") }
            interface Node { id: ID! }
            interface Named implements Node { id: ID! name: String }
            type Person implements Named & Node { id: ID! name: String }
            extend type Query { person: Person }
            input Pick @oneOf { a: Int b: Int }
            scalar Date @specifiedBy(url: "https://example.test/date")
            """).Build();
        var query = schema.QueryType!;
        Assert.Equal(["node", "old", "person"], query.Fields.Select(f => f.Name));
        Assert.Equal("gone", query.GetField("old")!.DeprecationReason);
        Assert.True(((InputObjectType)schema.GetType("Pick")!).IsOneOf);
        Assert.Equal("https://example.test/date", ((ScalarType)schema.GetType("Date")!).SpecifiedByUrl);
        Assert.Equal(["Person"], schema.GetPossibleTypes(schema.GetType("Named")!).Select(t => t.Name));
        Assert.True(schema.IsSubType(schema.GetType("Node")!, schema.GetType("Named")!));
    }

    [Fact]
    public void Invalid_schemas_are_refused_with_every_problem()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            type Query { a: I }
            interface I { x: Int y: Int }
            type T implements I { x: String }
            """).Build());
        Assert.Equal(
            ["Interface field I.x expects type Int but T.x is type String.", "Interface field I.y expected but T does not provide it."],
            error.Errors);
    }

    [Fact]
    public void Unknown_types_in_sdl_are_reported_with_suggestions()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Strin }").Build());
        Assert.Equal("Unknown type \"Strin\". Did you mean \"String\"?", error.Message);
    }

    [Fact]
    public void Binding_a_resolver_to_a_missing_field_fails_fast()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SchemaBuilder.FromSdl("type Query { a: Int }").Bind("Query", "b", _ => 1).Build());
        Assert.Contains("Query.b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enum_values_and_custom_scalars_can_be_bound_to_runtime_values()
    {
        var schema = SchemaBuilder.FromSdl("enum Level { LOW HIGH } type Query { level(l: Level): Level }")
            .BindEnumValue("Level", "HIGH", 10)
            .Bind("Query", "level", ctx => ctx.GetArgument<int>("l") * 1)
            .Build();
        var (_, json) = await ExecutorFixture.Run(new RequestExecutor(schema), "{ level(l: HIGH) }");
        Assert.Equal("{\"data\":{\"level\":\"HIGH\"}}", json);
    }

    [Fact]
    public async Task Introspection_lists_types_in_graphql_js_order()
    {
        var schema = SchemaBuilder.FromSdl("type Query { b: B a: Int } type B { s: String }").Build();
        var (_, json) = await ExecutorFixture.Run(new RequestExecutor(schema), "{ __schema { types { name } } }");
        Assert.StartsWith("{\"data\":{\"__schema\":{\"types\":[{\"name\":\"Query\"},{\"name\":\"Int\"},{\"name\":\"B\"},{\"name\":\"String\"},{\"name\":\"Boolean\"},{\"name\":\"__Schema\"}", json, StringComparison.Ordinal);
    }
}
