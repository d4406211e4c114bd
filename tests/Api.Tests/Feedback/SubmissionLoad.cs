using System.Collections.Concurrent;
using Npgsql;
using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid;

namespace RightHelp.Api.Tests.YouSaidWeDid;

/// <summary>
/// Submits many feedback items in parallel with idempotency keys, retrying any that fail or get no
/// answer, and checks the database afterwards. The submit step is a delegate so the same logic
/// drives the service directly now and the GraphQL mutation over HTTP (with the Api killed
/// mid-run) later: an item counts as acknowledged only when an id came back.
/// </summary>
public static class SubmissionLoad
{
    public static IReadOnlyList<LoadItem> Items(int count, string run)
        => Enumerable.Range(0, count)
            .Select(i => new LoadItem(
                $"{run}-{i:D4}",
                new SubmitFeedbackInput(
                    $"Load item {i}: the meetings were {(i % 2 == 0 ? "clear" : "confusing")} and my worker {(i % 3 == 0 ? "listened" : "was late")}",
                    HappyWithHelp: (i % 5) + 1,
                    Theme: (FeedbackTheme)(i % 4),
                    IdempotencyKey: $"{run}-{i:D4}",
                    Locality: "north")))
            .ToList();

    /// <summary>Runs every item until it is acknowledged (or attempts run out); returns key to acknowledged id.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> SubmitAllAsync(IReadOnlyList<LoadItem> items, Func<LoadItem, CancellationToken, Task<Guid?>> submit, int parallelism, int attempts = 8, CancellationToken cancellationToken = default)
    {
        var acknowledged = new ConcurrentDictionary<string, Guid>();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (item, token) =>
        {
            for (var attempt = 1; attempt <= attempts; attempt++)
            {
                try
                {
                    if (await submit(item, token) is { } id)
                    {
                        acknowledged[item.Key] = id;
                        return;
                    }
                }
                catch (Exception) when (attempt < attempts)
                {
                    // Unacknowledged: the same key is sent again, which is exactly what a client does.
                }
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), token);
            }
        });
        return acknowledged;
    }

    public static async Task<LoadVerification> VerifyAsync(string connectionString, string run, IReadOnlyDictionary<string, Guid> acknowledged)
    {
        var stored = new List<(string Key, Guid Id)>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT idempotency_key, id FROM feedback WHERE idempotency_key LIKE @prefix", connection);
            command.Parameters.AddWithValue("prefix", run + "-%");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add((reader.GetString(0), reader.GetGuid(1)));
            }
        }
        var byKey = stored.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Select(s => s.Id).ToList());
        var lost = acknowledged.Keys.Where(k => !byKey.ContainsKey(k)).Order().ToList();
        var changed = acknowledged.Where(a => byKey.TryGetValue(a.Key, out var ids) && !ids.Contains(a.Value)).Select(a => a.Key).Order().ToList();
        return new LoadVerification(stored.Count, lost, changed, stored.Count - byKey.Count);
    }
}
