using System.Diagnostics;
using System.Globalization;
using System.Net;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Tests.AspNetCore;
using Xunit.Abstractions;

namespace RightHelp.GraphQL.Tests.Fuzzing;

/// <summary>
/// Seeded random documents through the parser, the validator and the executor: 50,000 in CI,
/// as many as <c>RIGHTHELP_FUZZ_CASES</c> asks for (1,000,000 for a nightly-style run). Every case
/// must end in a result or our own syntax error, never another exception, never a masked fault,
/// never a hang (each case has its own time bound), and the heap stays flat over the run; a sample
/// goes over HTTP and must never get a 5xx.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class ParserAndValidatorFuzzTests(ITestOutputHelper output)
{
    private const int DefaultCases = 50_000;
    private const int DefaultSeed = 20_261_124;
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("RIGHTHELP_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0 ? cases : DefaultCases;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("RIGHTHELP_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;

    [Fact]
    public async Task Mutated_documents_end_in_a_result_or_a_syntax_or_validation_error_without_hanging()
    {
        var random = new Random(Seed);
        var logger = new ErrorLogger();
        var seeds = FuzzSeeds.Load(logger, random);
        var mutator = new DocumentMutator(random);
        var failures = new List<string>();
        var kinds = new Dictionary<RequestErrorKind, int>();
        var watch = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        var heap = new List<(int Case, long Bytes)>();
        var checkpoint = Math.Max(1, Cases / 10);

        for (var i = 0; i < Cases && failures.Count < 10; i++)
        {
            var seed = seeds[random.Next(seeds.Count)];
            var document = mutator.Mutate(seed.Query, seed.RootType);
            var started = watch.Elapsed;
            // On the thread pool, so even a loop that never yields (a parser stuck on its input) is caught by the bound.
            var parseAlone = i % 10 == 0;
            var run = Task.Run(() => RunCaseAsync(seed, document, parseAlone));
            (string? Failure, RequestErrorKind? Kind) outcome;
            try
            {
                outcome = await run.WaitAsync(CaseTimeout);
            }
            catch (TimeoutException)
            {
                failures.Add($"case {i} (seed {Seed}, from {seed.Source}): no answer within {CaseTimeout.TotalSeconds} s\n{Shorten(document)}");
                break;
            }
            var (failure, kind) = outcome;
            var took = watch.Elapsed - started;
            slowest = took > slowest ? took : slowest;
            if (failure is null && logger.Errors.TryDequeue(out var logged))
            {
                failure = "the executor logged an unexpected error: " + logged;
            }
            if (failure is not null)
            {
                failures.Add($"case {i} (seed {Seed}, from {seed.Source}): {failure}\n{Shorten(document)}");
            }
            else if (kind is { } k)
            {
                kinds[k] = kinds.GetValueOrDefault(k) + 1;
            }
            if ((i + 1) % checkpoint == 0)
            {
                heap.Add((i + 1, GC.GetTotalMemory(forceFullCollection: true)));
            }
        }

        output.WriteLine($"{Cases:N0} cases from {seeds.Count} seeds in {watch.Elapsed.TotalSeconds:F1} s (seed {Seed}), slowest {slowest.TotalMilliseconds:F0} ms; load {LoadAverage()}");
        output.WriteLine(string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key}: {k.Value:N0}")));
        output.WriteLine("Managed heap after a full collection: " + string.Join(", ", heap.Select(h => $"{h.Case:N0} cases {h.Bytes / 1048576.0:F1} MiB")));
        AssertHeapFlat(heap);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task A_sample_of_mutated_documents_over_HTTP_never_gets_a_server_error()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var random = new Random(Seed + 1);
        var seeds = FuzzSeeds.Load(new ErrorLogger(), random);
        var mutator = new DocumentMutator(random);
        var failures = new List<string>();
        var sample = Math.Max(300, Cases / 200);

        for (var i = 0; i < sample && failures.Count < 10; i++)
        {
            var seed = seeds[random.Next(seeds.Count)];
            var document = mutator.Mutate(seed.Query, seed.RootType);
            using var response = i % 5 == 0
                ? await PostBytesAsync(host.Client, InvalidUtf8Body(document, random))
                : await host.Client.PostQueryAsync(document, i % 2 == 0 ? "application/graphql-response+json" : "application/json");
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"case {i} (seed {Seed + 1}): {(int)response.StatusCode}\n{Shorten(document)}");
            }
        }

        output.WriteLine($"{sample:N0} documents over HTTP; load {LoadAverage()}");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task Invalid_UTF8_bytes_in_the_body_are_a_client_error()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        byte[] body = [.. "{\"query\":\"{"u8, 0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80, .. "}\"}"u8];

        using var response = await PostBytesAsync(host.Client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>
    /// Flat memory: from the middle of the run (the executors' bounded document caches are full by then)
    /// to its end the heap may not keep growing. A leak of even 100 bytes a case shows on a long run.
    /// </summary>
    private static void AssertHeapFlat(List<(int Case, long Bytes)> heap)
    {
        if (heap.Count < 4)
        {
            return;
        }
        var middle = heap[heap.Count / 2 - 1];
        var end = heap[^1];
        Assert.True(end.Bytes <= middle.Bytes * 1.25 + HeapSlack,
            $"The heap grew from {middle.Bytes / 1048576.0:F1} MiB at case {middle.Case:N0} to {end.Bytes / 1048576.0:F1} MiB at case {end.Case:N0}.");
    }

    private const long HeapSlack = 16 * 1048576;

    private static async Task<(string? Failure, RequestErrorKind? Kind)> RunCaseAsync(FuzzSeed seed, string document, bool parseWithoutLimits)
    {
        if (parseWithoutLimits)
        {
            try
            {
                Parser.Parse(document);
            }
            catch (GraphQLSyntaxException)
            {
            }
            catch (Exception exception)
            {
                return ("the parser threw " + exception, null);
            }
        }
        try
        {
            using var timeout = new CancellationTokenSource(CaseTimeout);
            var result = await seed.Executor.ExecuteAsync(
                new GraphQLRequest { Query = document },
                new RequestContext { Services = EmptyServices.Instance, AllowMutations = true },
                timeout.Token);
            return (result.Errors.Any(e => e.Message.Length == 0) ? "an error without a message" : null, result.RequestError);
        }
        catch (Exception exception)
        {
            return ("the executor threw " + exception, null);
        }
    }

    /// <summary>A JSON body whose query string carries bytes that are not UTF-8 (a lone surrogate, a stray continuation, 0xFF).</summary>
    private static byte[] InvalidUtf8Body(string document, Random random)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { query = document });
        byte[][] bad = [[0xED, 0xA0, 0x80], [0x80], [0xFF], [0xC3, 0x28], [0xF4, 0x90, 0x80, 0x80]];
        var at = 10 + random.Next(Math.Max(1, json.Length - 12));
        at = Math.Min(at, json.Length - 2);
        return [.. json.AsSpan(0, at), .. bad[random.Next(bad.Length)], .. json.AsSpan(at)];
    }

    private static Task<HttpResponseMessage> PostBytesAsync(HttpClient client, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        return client.SendAsync(request);
    }

    private static string Shorten(string document) => document.Length <= 400
        ? document
        : string.Concat(document.AsSpan(0, 300), $" ... ({document.Length:N0} chars) ... ", document.AsSpan(document.Length - 100));

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
