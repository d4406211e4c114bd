using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RightHelp.Benchmarks.Memory;
using RightHelp.Benchmarks.Pages;
using RightHelp.Benchmarks.Report;
using RightHelp.Benchmarks.Stack;

namespace RightHelp.Benchmarks.Soak;

/// <summary>
/// <c>soak --minutes M …stack options… --out results</c> (issue 9): mixed journeys at a steady rate against
/// the stack ./bench started: public pages, directory searches, feedback through the Portal's form, and a
/// signed-in parent reading their plan. Reports errors, p95 per journey, and the Api's and Portal's resident
/// memory at the start and the end. Goals: no error, memory growth at most 10%, p95 under 100 ms.
/// </summary>
public static class SoakCommand
{
    private const int Users = 8;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(400);
    private const double GrowthGoalPercent = 10;
    private const double P95GoalMs = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var stack = StackOptions.Parse(args);
        var log = Console.Out;
        using var parent = await FamilySession.SignInAsync(stack.Portal, stack.Identity, stack.Api);
        var journeys = new Journeys(stack, parent);
        var stats = new[] { new JourneyStats("public page"), new JourneyStats("directory search"), new JourneyStats("feedback"), new JourneyStats("plan (signed in)") };
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 });

        // A minute of the same journeys first, so start-up allocations are not counted as growth.
        var warmUp = TimeSpan.FromSeconds(Math.Min(60, stack.Minutes * 60 / 5));
        log.WriteLine($"Warming up for {warmUp.TotalSeconds:0} s ...");
        await RunUsersAsync(journeys, new JourneyStats[] { new("w"), new("w"), new("w"), new("w") }, http, warmUp);
        GC.Collect();
        var apiBefore = ResidentMemory.MiB(stack.ApiPid);
        var portalBefore = ResidentMemory.MiB(stack.PortalPid);
        var loadBefore = ResultsFile.LoadAverage();
        log.WriteLine($"Soak for {stack.Minutes:0.#} minutes: {Users} users, one journey each every {Pace.TotalMilliseconds:0} ms. Api {apiBefore:0} MiB, Portal {portalBefore:0} MiB.");

        var samples = new List<(double Minute, double Api, double Portal)>();
        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromMinutes(stack.Minutes);
        var running = RunUsersAsync(journeys, stats, http, duration);
        while (!running.IsCompleted)
        {
            await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(30)));
            samples.Add((clock.Elapsed.TotalMinutes, ResidentMemory.MiB(stack.ApiPid), ResidentMemory.MiB(stack.PortalPid)));
            log.WriteLine($"  {clock.Elapsed:mm\\:ss}  {stats.Sum(s => s.Count),6} journeys, {stats.Sum(s => s.Errors)} errors; Api {samples[^1].Api:0} MiB, Portal {samples[^1].Portal:0} MiB");
        }
        await running;
        var apiAfter = ResidentMemory.MiB(stack.ApiPid);
        var portalAfter = ResidentMemory.MiB(stack.PortalPid);

        var all = stats.SelectMany(s => s.Snapshot()).Order().ToList();
        var errors = stats.Sum(s => s.Errors);
        var apiGrowth = (apiAfter / apiBefore - 1) * 100;
        var portalGrowth = (portalAfter / portalBefore - 1) * 100;
        var p95 = Percentiles.Of(all, 95);
        var rows = new List<ResultRow>
        {
            new("soak-errors", errors, all.Count, "errors", null, 0, errors == 0, Note: "peer: journeys"),
            new("soak-api-rss-growth", Math.Round(apiGrowth, 1), Math.Round(apiBefore, 1), "%", null, GrowthGoalPercent, apiGrowth <= GrowthGoalPercent, Note: $"{apiBefore:0.0} → {apiAfter:0.0} MiB"),
            new("soak-portal-rss-growth", Math.Round(portalGrowth, 1), Math.Round(portalBefore, 1), "%", null, GrowthGoalPercent, portalGrowth <= GrowthGoalPercent, Note: $"{portalBefore:0.0} → {portalAfter:0.0} MiB"),
            new("soak-p95", Math.Round(p95, 1), null, "ms", null, P95GoalMs, p95 < P95GoalMs),
        };
        rows.AddRange(stats.Select(s => new ResultRow($"soak-{s.Name.Replace(' ', '-').Replace("(", "").Replace(")", "")}-p95", Math.Round(s.Percentile(95), 1), Math.Round(s.Percentile(50), 1), "ms", null, null, null,
            Note: $"peer: p50; {s.Count} journeys, {s.Errors} errors")));

        var md = new StringBuilder();
        md.AppendLine("# Soak run").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Written by `./bench --soak {stack.Minutes:0.#}` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Identity, Api and Portal (Release, Development, demo data) on loopback;");
        md.AppendLine(CultureInfo.InvariantCulture, $"{Users} users, each starting a journey every {Pace.TotalMilliseconds:0} ms (public page 40%, directory search 25%, plan read signed in 25%, feedback through the Portal's form 10%),");
        md.AppendLine(CultureInfo.InvariantCulture, $"after {warmUp.TotalSeconds:0} s of warm-up. Load average: {loadBefore} at the start, {ResultsFile.LoadAverage()} at the end ({Environment.ProcessorCount} processors).").AppendLine();
        md.Append(ResultsFile.Table(rows, "ours", "peer")).AppendLine();
        md.AppendLine("| journey | count | errors | p50 (ms) | p95 (ms) | p99 (ms) | first failure |").AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var s in stats)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {s.Name} | {s.Count} | {s.Errors} | {s.Percentile(50):0.0} | {s.Percentile(95):0.0} | {s.Percentile(99):0.0} | {s.FirstFailure ?? "–"} |");
        }
        md.AppendLine().AppendLine("| minute | Api RSS (MiB) | Portal RSS (MiB) |").AppendLine("|---:|---:|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| 0 | {apiBefore:0.0} | {portalBefore:0.0} |");
        foreach (var (minute, api, portal) in samples)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {minute:0.0} | {api:0.0} | {portal:0.0} |");
        }
        Directory.CreateDirectory(stack.OutDirectory);
        await File.WriteAllTextAsync(Path.Combine(stack.OutDirectory, "soak.md"), md.ToString());
        await File.WriteAllTextAsync(Path.Combine(stack.OutDirectory, "soak.json"), JsonSerializer.Serialize(new
        {
            machine = new { processors = Environment.ProcessorCount, loadAverageAtStart = loadBefore, loadAverageAtEnd = ResultsFile.LoadAverage(), measuredAt = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) },
            minutes = stack.Minutes,
            results = rows,
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }) + "\n");
        log.WriteLine(ResultsFile.Table(rows, "ours", "peer"));
        return 0;
    }

    /// <summary>Each user starts a journey on a fixed beat, so the rate stays steady whatever the latency (a slow answer delays only its own user).</summary>
    private static async Task RunUsersAsync(Journeys journeys, JourneyStats[] stats, HttpClient http, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        async Task User(int user)
        {
            var random = new Random(user);
            var beat = Stopwatch.StartNew();
            for (var n = 0; Stopwatch.GetTimestamp() < until; n++)
            {
                var roll = random.Next(100);
                var (index, journey) = roll switch
                {
                    < 40 => (0, (Func<Task<string?>>)(() => journeys.PublicPageAsync(http, n))),
                    < 65 => (1, () => journeys.DirectorySearchAsync(http, n)),
                    < 75 => (2, () => journeys.FeedbackAsync(n)),
                    _ => (3, () => journeys.PlanAsync(http)),
                };
                var started = Stopwatch.GetTimestamp();
                string? failure;
                try
                {
                    failure = await journey();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failure = e.GetType().Name + ": " + e.Message;
                }
                stats[index].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, failure);
                var next = Pace * (n + 1);
                if (next > beat.Elapsed)
                {
                    await Task.Delay(next - beat.Elapsed);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Users).Select(u => Task.Run(() => User(u))));
    }
}
