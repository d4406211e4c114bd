using Microsoft.Extensions.Logging;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Tests.Execution;

public sealed class ExecutionTests
{
    private const string Sdl = """
        interface Entry { title: String! }
        type Plan implements Entry { id: ID! title: String! worker: Worker }
        type Worker { id: ID! name: String! }
        type Note implements Entry { title: String! }
        type Query { plans(first: Int = 10): [Plan!]! entries: [Entry!]! slow: String! broken: String secret: String }
        type Mutation { step(n: Int!): Int! }
        """;

    private static Schema BuildSchema(List<int> order, Func<IReadOnlyList<int>, int>? onBatch = null) =>
        SchemaBuilder.FromSdl(Sdl)
            .Bind("Query", "plans", ctx => Enumerable.Range(1, ctx.GetArgument("first", 10)).Select(i => new Plan(i, $"Plan {i}", i % 7)).ToList())
            .Bind("Query", "entries", _ => new object[] { new Plan(1, "P", 1), new Note("N") })
            .BindAsync("Query", "slow", async _ =>
            {
                await Task.Delay(5);
                return "done";
            })
            .Bind("Query", "broken", _ => throw new InvalidOperationException("database password is hunter2"))
            .Bind("Query", "secret", _ => throw new GraphQLException("Not allowed."))
            .Bind("Plan", "id", ctx => ctx.GetSource<Plan>().Id)
            .Bind("Plan", "title", ctx => ctx.GetSource<Plan>().Title)
            .Bind("Note", "title", ctx => ctx.GetSource<Note>().Text)
            .Bind("Plan", "worker", async ctx =>
            {
                var loader = ctx.DataLoaders.GetOrAdd("workers", scope => new DataLoader<int, Worker>(scope, async (keys, _) =>
                {
                    onBatch?.Invoke(keys);
                    await Task.Yield();
                    return keys.ToDictionary(k => k, k => new Worker(k, $"Worker {k}"));
                }));
                return await loader.LoadAsync(ctx.GetSource<Plan>().WorkerId);
            })
            .Bind("Worker", "id", ctx => ctx.GetSource<Worker>().Id)
            .Bind("Worker", "name", ctx => ctx.GetSource<Worker>().Name)
            .BindAsync("Mutation", "step", async ctx =>
            {
                var n = ctx.GetArgument<int>("n");
                await Task.Delay(n == 1 ? 20 : 1);
                lock (order)
                {
                    order.Add(n);
                }
                return n;
            })
            .BindType<Plan>("Plan")
            .BindType<Note>("Note")
            .Build();

    [Fact]
    public async Task A_page_of_100_plans_loads_its_workers_in_one_batch()
    {
        var batches = new List<IReadOnlyList<int>>();
        var executor = new RequestExecutor(BuildSchema([], keys =>
        {
            batches.Add(keys);
            return keys.Count;
        }));
        var (result, json) = await ExecutorFixture.Run(executor, "{ plans(first: 100) { id worker { name } } }");
        Assert.Empty(result.Errors);
        var batch = Assert.Single(batches);
        Assert.Equal(7, batch.Count);
        Assert.Contains("\"worker\":{\"name\":\"Worker 1\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mutations_run_one_after_another_in_document_order()
    {
        var order = new List<int>();
        var executor = new RequestExecutor(BuildSchema(order));
        var (_, json) = await ExecutorFixture.Run(executor, "mutation { a: step(n: 1) b: step(n: 2) c: step(n: 3) }");
        Assert.Equal([1, 2, 3], order);
        Assert.Equal("{\"data\":{\"a\":1,\"b\":2,\"c\":3}}", json);
    }

    [Fact]
    public async Task Unexpected_resolver_exceptions_are_masked_with_a_correlation_id_and_logged()
    {
        var logger = new ListLogger();
        var executor = new RequestExecutor(BuildSchema([]), new ExecutorOptions(), logger);
        var (result, json) = await ExecutorFixture.Run(executor, "{ broken secret }");
        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
        var masked = result.Errors[0];
        Assert.Equal("Unexpected error.", masked.Message);
        var correlationId = Assert.IsType<string>(masked.Extensions!["correlationId"]);
        Assert.Contains(logger.Messages, m => m.Contains(correlationId, StringComparison.Ordinal));
        Assert.Equal("Not allowed.", result.Errors[1].Message);
    }

    [Fact]
    public async Task Exception_details_are_shown_only_in_test_mode()
    {
        var executor = new RequestExecutor(BuildSchema([]), new ExecutorOptions { IncludeExceptionDetails = true });
        var (result, _) = await ExecutorFixture.Run(executor, "{ broken }");
        Assert.Equal("database password is hunter2", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Abstract_types_resolve_from_bound_clr_types()
    {
        var executor = new RequestExecutor(BuildSchema([]));
        var (_, json) = await ExecutorFixture.Run(executor, "{ entries { __typename title ... on Plan { id } } }");
        Assert.Equal("{\"data\":{\"entries\":[{\"__typename\":\"Plan\",\"title\":\"P\",\"id\":\"1\"},{\"__typename\":\"Note\",\"title\":\"N\"}]}}", json);
    }

    [Fact]
    public async Task Async_non_null_field_completes_and_errors_write_first()
    {
        var executor = new RequestExecutor(BuildSchema([]));
        var (_, json) = await ExecutorFixture.Run(executor, "{ slow secret }");
        Assert.Equal("{\"errors\":[{\"message\":\"Not allowed.\",\"locations\":[{\"line\":1,\"column\":8}],\"path\":[\"secret\"]}],\"data\":{\"slow\":\"done\",\"secret\":null}}", json);
    }
}
