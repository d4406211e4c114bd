using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Tests.Execution;

/// <summary>
/// Response paths are kept as segments and built only when needed (an error, a pending value, a resolver that
/// asks). These check that what is built is the value's real path: in lists, below a value that completed
/// after an await, and for a resolver that reads its path after awaiting.
/// </summary>
public sealed class ResponsePathTests
{
    private static string PathOf(ResolveContext ctx) => string.Join(".", ctx.Path.ToList());

    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { shelves: [Shelf!]! }
        type Shelf { where: String! books: [Book!]! later: Shelf! }
        type Book { where: String! whereLater: String! fails: Int tags: [String!] }
        """)
        .Bind("Query", "shelves", _ => new[] { 0, 1 })
        .Bind("Shelf", "where", PathOf)
        .Bind("Shelf", "books", _ => new[] { 0, 1 })
        .Bind("Shelf", "later", async ctx =>
        {
            await Task.Yield();
            return ctx.GetSource<int>();
        })
        .Bind("Book", "where", PathOf)
        .Bind("Book", "whereLater", async ctx =>
        {
            await Task.Yield();
            return PathOf(ctx);
        })
        .Bind("Book", "fails", ctx => ctx.GetSource<int>() == 1 ? throw new GraphQLException("No.") : 7)
        .Bind("Book", "tags", ctx => ctx.GetSource<int>() == 1 ? new object?[] { "a", new object() } : new[] { "b" })
        .Build();

    [Fact]
    public async Task Resolvers_and_errors_see_the_path_of_their_value()
    {
        var executor = new RequestExecutor(Schema);
        const string query = "{ shelves { where books { where whereLater fails tags } later { books { where whereLater fails } } } }";

        var (result, json) = await ExecutorFixture.Run(executor, query);

        Assert.Contains("{\"where\":\"shelves.1.where\",\"books\":[{\"where\":\"shelves.1.books.0.where\",\"whereLater\":\"shelves.1.books.0.whereLater\",\"fails\":7,\"tags\":[\"b\"]},"
            + "{\"where\":\"shelves.1.books.1.where\",\"whereLater\":\"shelves.1.books.1.whereLater\",\"fails\":null,\"tags\":null}],"
            + "\"later\":{\"books\":[{\"where\":\"shelves.1.later.books.0.where\",\"whereLater\":\"shelves.1.later.books.0.whereLater\",\"fails\":7},"
            + "{\"where\":\"shelves.1.later.books.1.where\",\"whereLater\":\"shelves.1.later.books.1.whereLater\",\"fails\":null}]}}", json);
        var paths = result.Errors.Select(e => string.Join(".", e.Path!)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "shelves.0.books.1.fails", "shelves.0.books.1.tags.1", "shelves.0.later.books.1.fails",
            "shelves.1.books.1.fails", "shelves.1.books.1.tags.1", "shelves.1.later.books.1.fails",
        ], paths);
    }
}
