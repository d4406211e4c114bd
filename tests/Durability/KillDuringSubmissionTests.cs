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
        var connectionString = database.ConnectionString + ";Maximum Pool Size=20";
        var submissions = Submission.Many(Count, "kill-" + Guid.NewGuid().ToString("N")[..8]);
        var port = ApiProcess.FreePort();

        var acknowledged = new ConcurrentDictionary<string, string>();
        await using (var api = await ApiProcess.StartAsync(connectionString, port))
        {
            using var http = Client(api.Address);
            var all = submissions.Select(async submission =>
            {
                if ((await SubmissionClient.SendAsync(http, submission)).Id is { } id)
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
        var before = new Dictionary<string, string>(acknowledged);
        var storedAtKill = await ScalarAsync("SELECT count(*) FROM feedback");

        var retried = new ConcurrentDictionary<string, string>();
        var problems = new ConcurrentQueue<string>();
        await using (var api = await ApiProcess.StartAsync(connectionString, port))
        {
            using var http = Client(api.Address);
            await Parallel.ForEachAsync(submissions, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (submission, ct) =>
            {
                var result = await SubmissionClient.SendAsync(http, submission, ct);
                if (result.Id is { } id)
                {
                    retried[submission.Key] = id;
                }
                else
                {
                    problems.Enqueue(result.Problem ?? "");
                }
            });
            Assert.True(retried.Count == Count, $"{Count - retried.Count} retries were not acknowledged, first: {problems.FirstOrDefault()}\n{api.Output}");
        }

        output.WriteLine($"Acknowledged before the kill: {before.Count}");
        output.WriteLine($"In flight or unanswered at the kill: {Count - before.Count}");
        output.WriteLine($"Stored when killed: {storedAtKill} (so {storedAtKill - before.Count} were stored but not yet acknowledged)");
        output.WriteLine($"Retried after restart: {Count}, acknowledged: {retried.Count}");

        Assert.InRange(before.Count, 1, Count - 1);
        Assert.All(before, ack => Assert.Equal(ack.Value, retried[ack.Key]));
        var rows = await RowsAsync();
        output.WriteLine($"Rows afterwards: {rows.Count}, distinct keys: {rows.Select(r => r.Key).Distinct().Count()}");
        Assert.Equal(Count, rows.Count);
        Assert.Equal(Count, rows.Select(r => r.Key).Distinct().Count());
        Assert.All(before, ack => Assert.Single(rows, r => r.Key == ack.Key));
        Assert.All(submissions, s => Assert.Single(rows, r => r.Key == s.Key && r.Text == s.Text));
    }

    private static HttpClient Client(Uri address) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 500 })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(30),
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
