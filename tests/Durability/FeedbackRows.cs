using Npgsql;

namespace RightHelp.Durability;

/// <summary>
/// The feedback rows a load run wrote, as the Api acknowledged them (idempotency key and global id), and
/// the check every fault test makes with them: nothing acknowledged is lost, nothing is stored twice.
/// </summary>
public static class FeedbackRows
{
    /// <summary>Rows whose key starts with <paramref name="run"/> (the warm-up's excepted).</summary>
    public static async Task<List<(string Key, string Id)>> ReadAsync(string connectionString, string run)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT idempotency_key, id FROM feedback WHERE idempotency_key LIKE @run || '-%' AND idempotency_key NOT LIKE '%-warm-%'", connection);
        command.Parameters.AddWithValue("run", run);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), GlobalFeedbackId(reader.GetGuid(1))));
        }
        return rows;
    }

    /// <summary>
    /// Every acknowledged submission is stored once with the id it was acknowledged with; every refused or
    /// unanswered one, sent again with its key as a client told to retry would, is stored exactly once too.
    /// Returns how many were acknowledged and how many lost, for the test's output.
    /// </summary>
    public static async Task<(int Acknowledged, int Retried, int Lost)> AssertNoAcknowledgedWriteLostAsync(SteadyLoad load, IReadOnlyList<RequestOutcome> outcomes, string connectionString, string run)
    {
        var writes = outcomes.Where(o => o.IsWrite).ToList();
        var acknowledged = writes.Where(o => o.FeedbackId is not null).ToDictionary(o => o.Key!, o => o.FeedbackId!);
        var refused = writes.Where(o => o.FeedbackId is null).Select(o => o.Key!).ToList();
        var retried = await Task.WhenAll(refused.Select(load.RetryAsync));
        Assert.All(retried, o => Assert.True(o.Succeeded, o.Problem));

        var rows = await ReadAsync(connectionString, run);
        var lost = acknowledged.Where(a => !rows.Any(r => r.Key == a.Key && r.Id == a.Value)).ToList();
        Assert.Empty(lost);
        Assert.Equal(writes.Count, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.Key).Distinct().Count());
        Assert.All(retried, o => Assert.Single(rows, r => r.Key == o.Key && r.Id == o.FeedbackId));
        return (acknowledged.Count, refused.Count, lost.Count);
    }

    /// <summary>The id as the Api gives it out (its global id), so rows compare with acknowledgements.</summary>
    private static string GlobalFeedbackId(Guid id)
        => System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes("Feedback:" + id.ToString("N")));
}
