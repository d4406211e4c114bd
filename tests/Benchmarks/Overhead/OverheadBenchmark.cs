extern alias portal;

using System.Globalization;
using System.Text;
using System.Text.Json;
using RightHelp.Benchmarks.Report;
using RightHelp.Benchmarks.Stack;
using PortalDirectory = portal::RightHelp.Portal.Api.EarlyHelp.DirectoryQueries;
using PortalPlan = portal::RightHelp.Portal.Api.Family.PlanQuery;

namespace RightHelp.Benchmarks.Overhead;

/// <summary>
/// Issue 8, part 2: the plan page's and the directory search's GraphQL documents (the Portal's own) against
/// the Api's plain endpoints under /bench/, which make the same reads and write the same JSON, at 1, 8 and
/// 32 connections. Goal: GraphQL's p50 at most 1.2 times the plain endpoint's, its p99 at most 1.5 times.
/// </summary>
public sealed class OverheadBenchmark(StackOptions stack, FamilySession parent, TextWriter log)
{
    public const double P50Goal = 1.2;
    public const double P99Goal = 1.5;
    private static readonly int[] Connections = [1, 8, 32];

    public async Task<(IReadOnlyList<ResultRow> Rows, string Markdown)> RunAsync()
    {
        var duration = TimeSpan.FromSeconds(stack.Quick ? 2 : 10);
        var cases = new[]
        {
            (Name: "plan", Query: PortalPlan.Query, Variables: (object)new { id = parent.PlanId }, Path: "/bench/plan", Signed: true),
            (Name: "directory-search", Query: PortalDirectory.Search, Variables: (object)new { filter = new { text = "parenting" }, first = PortalDirectory.PageSize }, Path: "/bench/directory-search", Signed: false),
        };
        var rows = new List<ResultRow>();
        var md = new StringBuilder();
        md.AppendLine().AppendLine("## GraphQL over a plain endpoint").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"The Portal's plan page and directory search documents posted to `/graphql`, against the Api's Development-only");
        md.AppendLine("plain endpoints under `/bench/` that make the same EF Core reads and write the same JSON (an Api test proves it).");
        md.AppendLine(CultureInfo.InvariantCulture, $"wrk, {duration.TotalSeconds:0} s per run after a warm-up; latency in milliseconds; ratio = GraphQL / plain (lower is better).");
        md.AppendLine(CultureInfo.InvariantCulture, $"Load average before: {ResultsFile.LoadAverage()}.").AppendLine();
        md.AppendLine("| query | connections | GraphQL p50 | plain p50 | p50 ratio | GraphQL p99 | plain p99 | p99 ratio | GraphQL req/s | plain req/s | errors |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var test in cases)
        {
            var graphqlBody = JsonSerializer.Serialize(new { query = test.Query, variables = test.Variables });
            var plainBody = JsonSerializer.Serialize(test.Variables);
            var graphqlUrl = new Uri(stack.Api, "/graphql");
            var plainUrl = new Uri(stack.Api, test.Path);
            var token = test.Signed ? await parent.ApiTokenAsync() : null;
            // Warm both paths one request at a time (JIT, pools, the section cache), then under load; a cold
            // burst cut off by wrk's clock would leave abandoned requests still running into the first measurement.
            await WarmAsync(graphqlUrl, graphqlBody, token);
            await WarmAsync(plainUrl, plainBody, token);
            var warmUnderLoad = TimeSpan.FromSeconds(stack.Quick ? 1 : 2);
            await Wrk.RunAsync(graphqlUrl, graphqlBody, token, 4, warmUnderLoad);
            await Wrk.RunAsync(plainUrl, plainBody, token, 4, warmUnderLoad);
            foreach (var connections in Connections)
            {
                token = test.Signed ? await parent.ApiTokenAsync() : null;
                // 32 connections on a busy machine can hold each plan request for seconds: give them time to finish some.
                var length = stack.Quick && connections == 32 ? duration * 2 : duration;
                var graphql = await Wrk.RunAsync(graphqlUrl, graphqlBody, token, connections, length);
                var plain = await Wrk.RunAsync(plainUrl, plainBody, token, connections, length);
                var p50 = Ratio.Of(graphql.P50, plain.P50);
                var p99 = Ratio.Of(graphql.P99, plain.P99);
                log.WriteLine($"  {test.Name,-17} c={connections,-2}  p50 {graphql.P50,7:0.00} vs {plain.P50,7:0.00} ms ({p50?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–"}x)   p99 {graphql.P99,7:0.00} vs {plain.P99,7:0.00} ms ({p99?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–"}x)   errors {graphql.Errors}/{plain.Errors}");
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {test.Name} | {connections} | {graphql.P50:0.00} | {plain.P50:0.00} | {p50:0.00} | {graphql.P99:0.00} | {plain.P99:0.00} | {p99:0.00} | {graphql.RequestsPerSecond:0} | {plain.RequestsPerSecond:0} | {graphql.Errors}/{plain.Errors} |");
                rows.Add(new ResultRow($"overhead-{test.Name}-c{connections}-p50", Math.Round(graphql.P50, 2), Math.Round(plain.P50, 2), "ms", p50, P50Goal, p50 <= P50Goal && graphql.Errors == 0 && graphql.Requests > 0));
                rows.Add(new ResultRow($"overhead-{test.Name}-c{connections}-p99", Math.Round(graphql.P99, 2), Math.Round(plain.P99, 2), "ms", p99, P99Goal, p99 <= P99Goal && graphql.Errors == 0 && graphql.Requests > 0));
            }
        }
        return (rows, md.ToString());
    }

    private static async Task WarmAsync(Uri url, string body, string? token)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }
    }
}
