using System.Collections.Concurrent;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Tests.Execution;

public sealed class ConcurrentValidationTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { hello: String }")
        .Bind("Query", "hello", _ => "hello")
        .Build();

    /// <summary>
    /// Found by the feedback durability test: 500 submissions at once made the shared validation
    /// rules report "only one operation named Submit" for a valid document, and the document cache
    /// then refused that document for every later request.
    /// </summary>
    [Fact]
    public async Task Valid_documents_validated_at_the_same_time_are_all_accepted()
    {
        var executor = new RequestExecutor(Schema);
        var failures = new ConcurrentQueue<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 4000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            // Distinct texts, so each one is validated rather than served from the cache.
            var (result, json) = await ExecutorFixture.Run(executor, $"query Same {{ a{i}: hello b{i}: hello }}");
            if (result.RequestError != RequestErrorKind.None)
            {
                failures.Enqueue(json);
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} valid documents refused, first: {failures.FirstOrDefault()}");
    }
}
