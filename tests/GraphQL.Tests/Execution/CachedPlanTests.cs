using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Tests.Execution;

/// <summary>
/// A cached document's collected fields and variable-free arguments are reused by later requests; whatever
/// depends on variables must still be worked out per request.
/// </summary>
public sealed class CachedPlanTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { items(count: Int!): [Item!]! }
        type Item { n: Int! label(prefix: String!): String! twice: Int! }
        """)
        .Bind("Query", "items", ctx => Enumerable.Range(1, ctx.GetArgument<int>("count")).ToArray())
        .Bind("Item", "n", ctx => ctx.GetSource<int>())
        .Bind("Item", "label", ctx => ctx.GetArgument<string>("prefix") + ctx.GetSource<int>())
        .Bind("Item", "twice", ctx => ctx.GetSource<int>() * 2)
        .Build();

    [Fact]
    public async Task Arguments_from_variables_under_a_list_follow_each_requests_variables()
    {
        var executor = new RequestExecutor(Schema);
        const string query = "query ($c: Int!, $p: String!) { items(count: $c) { label(prefix: $p) fixed: label(prefix: \"#\") } }";

        var (_, first) = await ExecutorFixture.Run(executor, query, "{\"c\": 2, \"p\": \"a\"}");
        var (_, second) = await ExecutorFixture.Run(executor, query, "{\"c\": 1, \"p\": \"b\"}");

        Assert.Equal("{\"data\":{\"items\":[{\"label\":\"a1\",\"fixed\":\"#1\"},{\"label\":\"a2\",\"fixed\":\"#2\"}]}}", first);
        Assert.Equal("{\"data\":{\"items\":[{\"label\":\"b1\",\"fixed\":\"#1\"}]}}", second);
    }

    [Fact]
    public async Task Skip_and_include_with_variables_are_decided_per_request()
    {
        var executor = new RequestExecutor(Schema);
        const string query = "query ($s: Boolean!) { items(count: 1) { n @skip(if: $s) ...F } } fragment F on Item { twice @include(if: $s) }";

        var (_, skipped) = await ExecutorFixture.Run(executor, query, "{\"s\": true}");
        var (_, kept) = await ExecutorFixture.Run(executor, query, "{\"s\": false}");

        Assert.Equal("{\"data\":{\"items\":[{\"twice\":2}]}}", skipped);
        Assert.Equal("{\"data\":{\"items\":[{\"n\":1}]}}", kept);
    }

    [Fact]
    public async Task Concurrent_requests_on_one_cached_document_get_their_own_results()
    {
        var executor = new RequestExecutor(Schema);
        const string query = "query ($c: Int!) { items(count: $c) { n twice } }";

        var runs = await Task.WhenAll(Enumerable.Range(1, 40).Select(c =>
            Task.Run(() => ExecutorFixture.Run(executor, query, $"{{\"c\": {c % 5 + 1}}}"))));

        for (var i = 0; i < runs.Length; i++)
        {
            var count = (i + 1) % 5 + 1;
            var items = string.Join(",", Enumerable.Range(1, count).Select(n => $"{{\"n\":{n},\"twice\":{n * 2}}}"));
            Assert.Equal($"{{\"data\":{{\"items\":[{items}]}}}}", runs[i].Json);
        }
    }
}
