using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace RightHelp.Durability;

/// <summary>
/// Readers (the public list of areas) and writers (anonymous feedback, each with its own
/// idempotency key) calling the Api in loops at a steady pace until stopped, every answer kept.
/// </summary>
public sealed class SteadyLoad(Uri api, int readers, int writers, string run) : IAsyncDisposable
{
    private const string ReadQuery = "{ localities { slug name } }";
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(40);

    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
    {
        BaseAddress = api,
        // Far above what any answer should take, so a hang shows up as a long request, not a lost one.
        Timeout = TimeSpan.FromSeconds(30),
    };
    private readonly ConcurrentQueue<RequestOutcome> outcomes = new();
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> loops = [];
    private int sequence;

    public Stopwatch Clock { get; } = new();

    public IReadOnlyList<RequestOutcome> Outcomes => [.. outcomes.OrderBy(o => o.Started)];

    /// <summary>
    /// One read and one submission until both succeed, so the first requests' one-off work (JIT,
    /// pool, caches) is done before the clock starts and is not mistaken for slowness under fault.
    /// </summary>
    public async Task WarmUpAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        Clock.Start();
        while (!(await SendAsync(isWrite: false, null)).Succeeded || !(await SendAsync(isWrite: true, $"{run}-warm-{Guid.NewGuid():N}")).Succeeded)
        {
            Assert.True(DateTime.UtcNow < deadline, "The Api did not answer a read and a submission within 60 s.");
        }
        Clock.Reset();
    }

    public void Start()
    {
        Clock.Start();
        for (var i = 0; i < readers; i++)
        {
            loops.Add(Task.Run(() => LoopAsync(isWrite: false)));
        }
        for (var i = 0; i < writers; i++)
        {
            loops.Add(Task.Run(() => LoopAsync(isWrite: true)));
        }
    }

    /// <summary>Stops starting new requests and waits for those in flight.</summary>
    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(loops);
    }

    /// <summary>Sends one submission again with its key, as a client that was told to retry would.</summary>
    public Task<RequestOutcome> RetryAsync(string key) => SendAsync(isWrite: true, key);

    public static string TextFor(string key) => $"Feedback {key}: the hub staff were kind and I would like more evening sessions.";

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        http.Dispose();
        stop.Dispose();
    }

    private async Task LoopAsync(bool isWrite)
    {
        while (!stop.IsCancellationRequested)
        {
            var key = isWrite ? $"{run}-{Interlocked.Increment(ref sequence):D6}" : null;
            outcomes.Enqueue(await SendAsync(isWrite, key));
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

    private async Task<RequestOutcome> SendAsync(bool isWrite, string? key)
    {
        var started = Clock.Elapsed;
        object body = isWrite
            ? new Submission(key!, TextFor(key!)).Body
            : new { query = ReadQuery };
        int status = 0;
        string? retryAfter = null;
        try
        {
            using var response = await http.PostAsJsonAsync("/graphql", body);
            status = (int)response.StatusCode;
            retryAfter = response.Headers.RetryAfter?.ToString();
            var text = await response.Content.ReadAsStringAsync();
            var elapsed = Clock.Elapsed - started;
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var code = root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
                && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c)
                ? c.GetString()
                : null;
            var problem = status == 200 && !root.TryGetProperty("errors", out _) ? null : $"{status}: {text}";
            string? id = null;
            if (isWrite && problem is null)
            {
                var payload = root.GetProperty("data").GetProperty("submitFeedback");
                id = payload.GetProperty("errors").GetArrayLength() == 0 && payload.GetProperty("feedback") is { ValueKind: JsonValueKind.Object } feedback
                    ? feedback.GetProperty("id").GetString()
                    : null;
                problem = id is null ? $"{status}: {text}" : null;
            }
            return new RequestOutcome(isWrite, key, started, elapsed, status, retryAfter, code, id, problem);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new RequestOutcome(isWrite, key, started, Clock.Elapsed - started, status, retryAfter, null, null, e.GetType().Name + ": " + e.Message);
        }
    }
}
