using Xunit.Abstractions;

namespace RightHelp.Durability;

/// <summary>
/// Issue 9, "Faults": PostgreSQL is stopped (fast shutdown) under a steady load of reads and
/// acknowledged writes, and started again three seconds later. The Api must answer every request
/// during the outage quickly with a retryable "service unavailable", come back by itself, and
/// keep every submission it acknowledged.
/// </summary>
public sealed class PostgresRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(3);

    /// <summary>What "fail fast" means here: an answer well inside a client's patience, never a hang.</summary>
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(5);

    /// <summary>How soon after PostgreSQL accepts connections again every request must succeed.</summary>
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(5);

    private PgCluster cluster = null!;

    public async Task InitializeAsync()
    {
        cluster = await PgCluster.StartAsync("portal");
        await ApiProcess.MigrateAsync(cluster.ConnectionStringFor("portal"));
    }

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    [Fact]
    public async Task Restarting_PostgreSQL_under_load_gets_quick_retryable_errors_then_recovery_and_loses_no_acknowledged_write()
    {
        await using var api = await ApiProcess.StartAsync(cluster.ConnectionStringFor("portal"), ApiProcess.FreePort());
        var run = "pgrestart-" + Guid.NewGuid().ToString("N")[..8];
        await using var load = new SteadyLoad(api.Address, readers: 4, writers: 4, run);

        await load.WarmUpAsync();
        load.Start();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var stopping = load.Clock.Elapsed;
        await cluster.StopServerAsync();
        var down = load.Clock.Elapsed;
        await Task.Delay(Outage);
        var starting = load.Clock.Elapsed;
        await cluster.StartServerAsync();
        var up = load.Clock.Elapsed;
        await Task.Delay(RecoveryLimit + TimeSpan.FromSeconds(3));
        await load.StopAsync();

        var outcomes = load.Outcomes;
        var failed = outcomes.Where(o => !o.Succeeded).ToList();
        var beforeStop = outcomes.Where(o => o.Finished < stopping).ToList();
        var whileDown = outcomes.Where(o => o.Started >= down && o.Started < starting).ToList();
        var firstSuccess = outcomes.Where(o => o.Started >= up && o.Succeeded).MinBy(o => o.Finished);
        var lastFailure = failed.MaxBy(o => o.Finished);
        output.WriteLine($"Load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        output.WriteLine($"PostgreSQL stopping at {stopping.TotalSeconds:F2} s, down at {down.TotalSeconds:F2} s, starting at {starting.TotalSeconds:F2} s, accepting connections at {up.TotalSeconds:F2} s");
        output.WriteLine($"Requests: {outcomes.Count} ({outcomes.Count(o => o.IsWrite)} writes), failed: {failed.Count} ({failed.Count(o => o.IsWrite)} writes)");
        output.WriteLine($"Failed answers by status: {string.Join(", ", failed.GroupBy(o => $"{o.Status} {o.ErrorCode}").Select(g => $"{g.Key} x{g.Count()}"))}");
        if (failed.Count > 0)
        {
            output.WriteLine($"Failed requests' latency: max {failed.Max(o => o.Elapsed.TotalMilliseconds):F0} ms, mean {failed.Average(o => o.Elapsed.TotalMilliseconds):F0} ms");
            output.WriteLine($"First failure: {failed[0].Problem}");
        }
        output.WriteLine($"Requests started while PostgreSQL was down: {whileDown.Count}, of which failed: {whileDown.Count(o => !o.Succeeded)}");
        output.WriteLine($"First success after PostgreSQL was back: {(firstSuccess is null ? "none" : $"{(firstSuccess.Finished - up).TotalMilliseconds:F0} ms")}");
        output.WriteLine($"Last failure ended {(lastFailure is null ? "never" : $"{(lastFailure.Finished - up).TotalMilliseconds:F0} ms after PostgreSQL was back")}");

        Assert.NotEmpty(beforeStop);
        Assert.All(beforeStop, o => Assert.True(o.Succeeded, o.Problem));
        Assert.NotEmpty(whileDown);
        Assert.All(whileDown, o => Assert.False(o.Succeeded, "answered while PostgreSQL was down?"));
        Assert.All(failed, o =>
        {
            Assert.True(o.Status == 503 && o.RetryAfter is not null && o.ErrorCode == "SERVICE_UNAVAILABLE",
                $"Not a retryable 'service unavailable' after {o.Elapsed.TotalMilliseconds:F0} ms: {o.Problem}");
            Assert.True(o.Elapsed < FailFast, $"A failure took {o.Elapsed.TotalMilliseconds:F0} ms: {o.Problem}");
        });
        Assert.NotNull(firstSuccess);
        Assert.True(lastFailure!.Started < up + RecoveryLimit, $"Still failing {(lastFailure.Started - up).TotalSeconds:F1} s after PostgreSQL was back: {lastFailure.Problem}\n{api.Output}");

        var (acknowledged, retried, lost) = await FeedbackRows.AssertNoAcknowledgedWriteLostAsync(load, outcomes, cluster.ConnectionStringFor("portal"), run);
        output.WriteLine($"Writes acknowledged during the load: {acknowledged}; refused and retried: {retried}; acknowledged writes lost: {lost}");
    }
}
