using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace RightHelp.GraphQL.Tests.AspNetCore;

/// <summary>
/// graphql-http's own conformance audits (npm graphql-http, serverAudits), run by node against the
/// endpoint on a real port. Every MUST has to pass and at most one of the 61 audits may warn.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_endpoint_passes_the_graphql_http_server_audits()
    {
        var auditDirectory = AuditDirectory();
        await NpmInstall.EnsureAsync(auditDirectory);
        await using var host = await GraphQLTestHost.StartAsync();

        var (exitCode, stdout, stderr) = await RunAsync("node", auditDirectory, "audit.mjs", host.Endpoint.ToString());

        Assert.True(exitCode == 0, $"node audit.mjs exited with {exitCode}: {stderr}");
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<AuditLine>(line, JsonSerializerOptions.Web)!)
            .ToList();
        var ok = results.Count(r => r.Status == "ok");
        output.WriteLine($"graphql-http audits: {ok} of {results.Count} ok");
        foreach (var result in results.Where(r => r.Status != "ok"))
        {
            output.WriteLine($"{result.Status} {result.Id} {result.Name}: {result.Reason}");
        }

        Assert.Equal(61, results.Count);
        Assert.DoesNotContain(results, r => r.Name.StartsWith("MUST", StringComparison.Ordinal) && r.Status != "ok");
        Assert.DoesNotContain(results, r => r.Status == "error");
        Assert.True(ok >= 60, $"only {ok} of {results.Count} audits are ok");
    }

    internal static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string AuditDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "GraphQL.Tests", "AspNetCore", "audit");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/GraphQL.Tests/AspNetCore/audit was not found above " + AppContext.BaseDirectory);
    }

    private sealed record AuditLine(string Id, string Name, string Status, string? Reason);
}
