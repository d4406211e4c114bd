using System.Diagnostics;
using System.Text.Json;
using RightHelp.Api.Tests.GraphQL;

namespace RightHelp.Api.Tests.Calendar;

/// <summary>Runs the npm <c>ical.js</c> parser over an .ics (installing it with <c>npm ci</c> on first use).</summary>
public static class IcalJs
{
    private static readonly SemaphoreSlim Install = new(1, 1);
    private static bool installed;

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Api.Tests", "Calendar", "js");

    public static async Task<JsonElement> ParseAsync(string ics)
    {
        await EnsureInstalledAsync();
        var (code, stdout, stderr) = await RunAsync("node", "check.mjs", ics);
        Assert.True(code == 0, "ical.js could not parse the calendar: " + stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static async Task EnsureInstalledAsync()
    {
        await Install.WaitAsync();
        try
        {
            if (!installed && !File.Exists(Path.Combine(Folder, "node_modules", "ical.js", "package.json")))
            {
                var (code, _, stderr) = await RunAsync("npm", "ci --no-audit --no-fund", null);
                Assert.True(code == 0, "npm ci failed: " + stderr);
            }
            installed = true;
        }
        finally
        {
            Install.Release();
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string file, string arguments, string? input)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
