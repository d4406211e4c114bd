using System.Collections.Concurrent;
using System.Diagnostics;

namespace RightHelp.Durability;

/// <summary>
/// Clients repeating probes (<see cref="Probe"/>) at a steady pace on the clock of a <see cref="SteadyLoad"/>,
/// so their answers and the Api writes line up with the moments a service was killed and restarted.
/// Each probe has its own loop, so a hung answer holds up only its own client.
/// </summary>
public sealed class ProbeLoad(Stopwatch clock, IReadOnlyList<Probe> probes) : IAsyncDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
    {
        // Far above what any answer should take, so a hang shows up as a long request, not a lost one.
        Timeout = TimeSpan.FromSeconds(30),
    };
    private readonly ConcurrentQueue<ProbeOutcome> outcomes = new();
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> loops = [];

    public IReadOnlyList<ProbeOutcome> Outcomes => [.. outcomes.OrderBy(o => o.Started)];

    public void Start()
    {
        foreach (var probe in probes)
        {
            loops.Add(Task.Run(() => LoopAsync(probe)));
        }
    }

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(loops);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        http.Dispose();
        stop.Dispose();
    }

    private async Task LoopAsync(Probe probe)
    {
        while (!stop.IsCancellationRequested)
        {
            var started = clock.Elapsed;
            (int Status, string? Problem) answer;
            try
            {
                answer = await probe.Check(http);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                answer = (0, e.GetType().Name + ": " + e.Message);
            }
            outcomes.Enqueue(new ProbeOutcome(probe.Service, probe.Target, started, clock.Elapsed - started, answer.Status, answer.Problem));
            try
            {
                await Task.Delay(Pause, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
