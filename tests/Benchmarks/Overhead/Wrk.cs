using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RightHelp.Benchmarks.Overhead;

/// <summary>
/// Runs wrk (the Debian package) with a Lua script that posts a JSON body with a bearer token and
/// prints the exact percentiles from wrk's own histogram in one line we can read back.
/// </summary>
public static partial class Wrk
{
    private const string Script = """
        local function read(path)
          local file = assert(io.open(path, "rb"))
          local text = file:read("*a")
          file:close()
          return text
        end
        wrk.method = "POST"
        wrk.body = read(os.getenv("BENCH_BODY_FILE"))
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["Accept"] = "application/graphql-response+json, application/json;q=0.9"
        local token = os.getenv("BENCH_TOKEN")
        if token ~= nil and token ~= "" then
          wrk.headers["Authorization"] = "Bearer " .. token
        end
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("BENCH p50=%d p99=%d requests=%d seconds=%f errors=%d\n",
            latency:percentile(50), latency:percentile(99), summary.requests, summary.duration / 1e6,
            e.connect + e.read + e.write + e.timeout + e.status))
        end
        """;

    public static async Task<WrkResult> RunAsync(Uri url, string body, string? token, int connections, TimeSpan duration)
    {
        var directory = Path.Combine(Path.GetTempPath(), "righthelp-wrk-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        var scriptPath = Path.Combine(directory, "post.lua");
        var bodyPath = Path.Combine(directory, "body.json");
        await File.WriteAllTextAsync(scriptPath, Script);
        await File.WriteAllTextAsync(bodyPath, body);
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-t", connections == 1 ? "1" : "2", "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{Math.Max(1, (int)duration.TotalSeconds)}s", "--timeout", "10s", "-s", scriptPath, url.ToString() })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["BENCH_BODY_FILE"] = bodyPath;
        start.Environment["BENCH_TOKEN"] = token ?? "";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; is it installed?");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = Line().Match(output);
        if (process.ExitCode != 0 || !line.Success)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {output}{errors}");
        }
        double Number(string name) => double.Parse(line.Groups[name].Value, CultureInfo.InvariantCulture);
        var requests = (long)Number("requests");
        return new WrkResult(Number("p50") / 1000, Number("p99") / 1000, requests / Number("seconds"), requests, (long)Number("errors"));
    }

    [GeneratedRegex(@"BENCH p50=(?<p50>\d+) p99=(?<p99>\d+) requests=(?<requests>\d+) seconds=(?<seconds>[\d.]+) errors=(?<errors>\d+)")]
    private static partial Regex Line();
}
