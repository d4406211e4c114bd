using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace RightHelp.GraphQL.Tests.AspNetCore;

/// <summary>
/// graphql-http's own conformance audits (npm graphql-http, serverAudits), run by node against the
/// endpoint on a real port. Every MUST has to pass and at most one of the 61 audits may fall short.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_endpoint_passes_the_graphql_http_server_audits()
    {
        // Development allows introspection, as graphql-http's reference server does: five audits query __type.
        var results = await RunAuditsAsync("Development");

        var ok = results.Count(r => r.Status == "ok");
        Assert.Equal(61, results.Count);
        Assert.DoesNotContain(results, r => r.Name.StartsWith("MUST", StringComparison.Ordinal) && r.Status != "ok");
        Assert.DoesNotContain(results, r => r.Status == "error");
        Assert.True(ok >= 60, $"only {ok} of {results.Count} audits are ok");
    }

    [Fact]
    public async Task Without_introspection_only_the_audits_that_query_type_fail()
    {
        // Production refuses __type, and these audits send `__type(name: $name)` and expect no errors.
        var results = await RunAuditsAsync("Production");

        var failed = results.Where(r => r.Status != "ok").Select(r => r.Id).Order().ToList();
        Assert.Equal(["28B9", "2EA1", "6A70", "D6D5"], failed);
    }

    private async Task<List<AuditLine>> RunAuditsAsync(string environment)
    {
        var auditDirectory = AuditDirectory();
        await NpmInstall.EnsureAsync(auditDirectory);
        await using var host = await GraphQLTestHost.StartAsync(environment);

        var (exitCode, stdout, stderr) = await RunAsync("node", auditDirectory, "audit.mjs", host.Endpoint.ToString());

        Assert.True(exitCode == 0, $"node audit.mjs exited with {exitCode}: {stderr}");
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<AuditLine>(line, JsonSerializerOptions.Web)!)
            .ToList();
        output.WriteLine($"graphql-http audits ({environment}): {results.Count(r => r.Status == "ok")} of {results.Count} ok");
        foreach (var result in results.Where(r => r.Status != "ok"))
        {
            output.WriteLine($"{result.Status} {result.Id} {result.Name}: {result.Reason}");
        }
        return results;
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

    internal static string AuditDirectory()
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
