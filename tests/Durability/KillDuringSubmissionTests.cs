using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using RightHelp.TestSupport;
using Xunit.Abstractions;

namespace RightHelp.Durability;

/// <summary>
/// Issue 6, "never lost": the real Api process is killed (SIGKILL) while 500 anonymous
/// submissions are in flight, restarted, and every submission is sent again with its key.
/// </summary>
public sealed class KillDuringSubmissionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Count = 500;

    /// <summary>Kill once this many are acknowledged, so most of the rest are still in flight.</summary>
    private const int KillAfter = 50;

    private TestDatabase database = null!;

    public async Task InitializeAsync()
        => database = await TestDatabase.CreateAsync("durability-migrated-" + MigrationsHash(), ApiProcess.MigrateAsync);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Killing_the_Api_mid_flight_loses_no_acknowledged_feedback_and_retries_duplicate_none()
    {
        // A small pool, so 500 requests queue inside the Api rather than open 500 connections.
        var connectionString = database.ConnectionString + ";Maximum Pool Size=20;Timeout=60";
        var submissions = Submission.Many(Count, "kill-" + Guid.NewGuid().ToString("N")[..8]);
        var port = ApiProcess.FreePort();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var acknowledged = new ConcurrentDictionary<string, string>();
        var unanswered = new ConcurrentQueue<string>();
        await using (var api = await ApiProcess.StartAsync(connectionString, port))
        {
            output.WriteLine($"Started in {clock.Elapsed.TotalSeconds:F1} s");
            using var http = Client(api.Address);
            await WarmUpAsync(http);
            var all = submissions.Select(async submission =>
            {
                var result = await SubmissionClient.SendAsync(http, submission);
                if (result.Id is null)
                {
                    unanswered.Enqueue(result.Problem ?? "");
                }
                if (result.Id is { } id)
                {
                    acknowledged[submission.Key] = id;
                    if (acknowledged.Count >= KillAfter)
                    {
                        // Killed right here, on the acknowledging thread, so the rest are still on their way.
                        api.Kill();
                    }
                }
            }).ToList();
            await Task.WhenAll(all);
            await api.KillAndWaitAsync();
        }
        output.WriteLine($"Killed and gone after {clock.Elapsed.TotalSeconds:F1} s");
        var before = new Dictionary<string, string>(acknowledged);
        var storedAtKill = await ScalarAsync("SELECT count(*) FROM feedback");

        var retried = new ConcurrentDictionary<string, string>();
        var problems = new ConcurrentQueue<string>();
        var restarting = clock.Elapsed;
        var firstAcknowledged = TimeSpan.MaxValue;
        await using (var api = await ApiProcess.StartAsync(connectionString, port))
        {
            var ready = clock.Elapsed;
            using var http = Client(api.Address);
            await Parallel.ForEachAsync(submissions, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (submission, ct) =>
            {
                var result = await SubmissionClient.SendAsync(http, submission, ct);
                if (result.Id is { } id)
                {
                    retried[submission.Key] = id;
                    var now = clock.Elapsed;
                    lock (retried)
                    {
                        firstAcknowledged = now < firstAcknowledged ? now : firstAcknowledged;
                    }
                }
                else
                {
                    problems.Enqueue(result.Problem ?? "");
                }
            });
            output.WriteLine($"Restarted and retried everything after {clock.Elapsed.TotalSeconds:F1} s");
            output.WriteLine($"Recovery: restart to ready {(ready - restarting).TotalMilliseconds:F0} ms, restart to first acknowledged retry {(firstAcknowledged - restarting).TotalMilliseconds:F0} ms");
            Assert.True(retried.Count == Count, $"{Count - retried.Count} retries were not acknowledged, first: {problems.FirstOrDefault()}\n{api.Output}");
        }

        output.WriteLine($"Acknowledged before the kill: {before.Count}");
        output.WriteLine($"In flight or unanswered at the kill: {Count - before.Count}");
        output.WriteLine($"Stored when killed: {storedAtKill} (so {storedAtKill - before.Count} were stored but not yet acknowledged)");
        output.WriteLine($"Retried after restart: {Count}, acknowledged: {retried.Count}");

        output.WriteLine($"First problem at the kill: {unanswered.FirstOrDefault()}");
        output.WriteLine($"Answers at the kill that were not acknowledgements: {string.Join(", ", unanswered.GroupBy(Kind).Select(g => $"{g.Key} x{g.Count()}"))}");
        // A process that is gone cannot answer: the only failures are lost connections, never a server error.
        Assert.All(unanswered, problem => Assert.Equal("no answer", Kind(problem)));
        Assert.InRange(before.Count, 1, Count - 1);
        Assert.All(before, ack => Assert.Equal(ack.Value, retried[ack.Key]));
        var rows = await RowsAsync();
        output.WriteLine($"Rows afterwards: {rows.Count}, distinct keys: {rows.Select(r => r.Key).Distinct().Count()}");
        Assert.Equal(Count, rows.Count);
        Assert.Equal(Count, rows.Select(r => r.Key).Distinct().Count());
        Assert.All(before, ack => Assert.Single(rows, r => r.Key == ack.Key));
        Assert.All(submissions, s => Assert.Single(rows, r => r.Key == s.Key && r.Text == s.Text));
    }

    /// <summary>"no answer" for a refused or reset connection, otherwise the HTTP status (a 200 carrying errors shows its body).</summary>
    private static string Kind(string problem) => problem switch
    {
        { Length: > 3 } when char.IsAsciiDigit(problem[0]) && problem[3] == ':' => problem[..3],
        _ when problem.StartsWith('{') => "200 with errors",
        _ => "no answer",
    };

    /// <summary>
    /// One refused submission (no text, so nothing is stored) gets the first request's one-off
    /// work done, so the kill lands among submissions rather than on a process still starting up.
    /// </summary>
    private static async Task WarmUpAsync(HttpClient http)
    {
        var warm = await SubmissionClient.SendAsync(http, new Submission("warm-up", ""));
        Assert.Null(warm.Id);
        Assert.Contains("Tell us what you think", warm.Problem);
    }

    private static HttpClient Client(Uri address) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 500 })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(60),
    };

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<(string Key, string Text)>> RowsAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT idempotency_key, text FROM feedback", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }
        return rows;
    }

    /// <summary>The template is rebuilt whenever a migration script changes.</summary>
    private static string MigrationsHash()
    {
        var scripts = Directory.GetFiles(ApiLocation.MigrationsDirectory, "*.sql").Order(StringComparer.Ordinal)
            .Select(path => Path.GetFileName(path) + ":" + File.ReadAllText(path));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", scripts))))[..12];
    }
}
