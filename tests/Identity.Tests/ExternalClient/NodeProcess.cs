using System.Diagnostics;

namespace RightHelp.Identity.Tests.ExternalClient;

/// <summary>Runs node or npm and returns what it printed; a run that hangs is killed.</summary>
public static class NodeProcess
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string fileName, string arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {arguments} did not finish in {timeout.TotalSeconds} s. Output so far: {await output}");
        }
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>The folder of the openid-client script, found from the test assembly up to the repository.</summary>
    public static string ScriptFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Identity.Tests", "rp");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("Could not find tests/Identity.Tests/rp above " + AppContext.BaseDirectory);
    }
}
