using System.Globalization;
using System.Text;
using RightHelp.Benchmarks.Memory;
using RightHelp.Benchmarks.Overhead;
using RightHelp.Benchmarks.Pages;
using RightHelp.Benchmarks.Report;
using RightHelp.Benchmarks.SqlCount;

namespace RightHelp.Benchmarks.Stack;

/// <summary>
/// <c>stack --identity … --api … --portal … --api-pid … --portal-pid … --portal-db … --out results [--quick]</c>:
/// issue 8's parts 2, 3, 4 and 6 against the apps ./bench started, added to results/latest.json and latest.md.
/// </summary>
public static class StackCommand
{
    public static async Task<int> RunAsync(string[] args, string adminConnectionString)
    {
        var stack = StackOptions.Parse(args);
        var log = Console.Out;
        using var parent = await FamilySession.SignInAsync(stack.Portal, stack.Identity, stack.Api);
        log.WriteLine($"Signed in as {FamilySession.ParentEmail} through Identity and the Portal; plan {parent.PlanId}.");
        if (stack.Only?.Contains("session") == true)
        {
            // For profiling by hand (curl, wrk): the signed-in parent's Api token and Portal cookies. Only when
            // asked for by name (--only session,…): a bearer token has no place in an ordinary run's log.
            log.WriteLine($"SESSION token={await parent.ApiTokenAsync()} plan={parent.PlanId} cookies={parent.PortalCookies}");
        }
        var apiIdle = ResidentMemory.MiB(stack.ApiPid);
        var portalIdle = ResidentMemory.MiB(stack.PortalPid);
        var loadBefore = ResultsFile.LoadAverage();

        (IReadOnlyList<ResultRow> Rows, string Markdown) overhead = ([], "");
        if (stack.Runs("overhead"))
        {
            log.WriteLine("GraphQL over plain endpoints (wrk):");
            overhead = await new OverheadBenchmark(stack, parent, log).RunAsync();
        }
        (IReadOnlyList<ResultRow> Rows, string Markdown) pages = ([], "");
        if (stack.Runs("pages"))
        {
            log.WriteLine("Portal pages:");
            pages = await new PageBenchmark(stack, parent, log).RunAsync();
        }
        var apiAfter = ResidentMemory.MiB(stack.ApiPid);
        var portalAfter = ResidentMemory.MiB(stack.PortalPid);
        if (!stack.Runs("sql"))
        {
            return 0;
        }

        log.WriteLine("SQL commands per operation (in process):");
        var sql = await new SqlPerOperationBenchmark(adminConnectionString, log).RunAsync();

        var memoryRows = new List<ResultRow>
        {
            new("memory-api-rss", Math.Round(apiAfter, 1), Math.Round(apiIdle, 1), "MiB", Ratio.Of(apiAfter, apiIdle), null, null, Note: "ours: after the load runs; peer: idle"),
            new("memory-portal-rss", Math.Round(portalAfter, 1), Math.Round(portalIdle, 1), "MiB", Ratio.Of(portalAfter, portalIdle), null, null, Note: "ours: after the load runs; peer: idle"),
            new("allocated-per-plan-query", sql.AllocatedPerPlanQuery, sql.AllocatedPerPlainPlan, "bytes", Ratio.Of(sql.AllocatedPerPlanQuery, sql.AllocatedPerPlainPlan), null, null,
                Note: "ours: GraphQL; peer: the plain endpoint"),
        };
        var md = new StringBuilder();
        md.AppendLine().AppendLine("## Memory").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Resident memory (VmRSS) of the Api and the Portal after start-up and one sign-in (idle), and after the load runs above.");
        md.AppendLine("Allocations per plan page query, in process, from request to JSON, GraphQL against the plain endpoint's same reads.").AppendLine();
        md.AppendLine("| | idle | after load | growth |").AppendLine("|---|---:|---:|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Api | {apiIdle:0.0} MiB | {apiAfter:0.0} MiB | {(apiAfter / apiIdle - 1) * 100:0}% |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Portal | {portalIdle:0.0} MiB | {portalAfter:0.0} MiB | {(portalAfter / portalIdle - 1) * 100:0}% |").AppendLine();
        md.AppendLine("| plan query | allocated per request |").AppendLine("|---|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| GraphQL | {sql.AllocatedPerPlanQuery:N0} B |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| plain endpoint | {sql.AllocatedPerPlainPlan:N0} B |");
        log.WriteLine($"Memory: Api {apiIdle:0} → {apiAfter:0} MiB, Portal {portalIdle:0} → {portalAfter:0} MiB; plan query allocates {sql.AllocatedPerPlanQuery:N0} B (plain {sql.AllocatedPerPlainPlan:N0} B)");

        var header = $"{Environment.NewLine}## Load runs: the stack{Environment.NewLine}{Environment.NewLine}"
            + $"Identity, Api and Portal built in Release and run in Development (the `/bench/` endpoints exist only there) on loopback, over a throwaway PostgreSQL with the demo data, "
            + $"logging warnings only. Load average when these runs started: {loadBefore}; when they ended: {ResultsFile.LoadAverage()} ({Environment.ProcessorCount} processors).{Environment.NewLine}";
        if (stack.Only is not null)
        {
            return 0;
        }
        ResultsFile.Append(stack.OutDirectory, [.. overhead.Rows, .. sql.Rows, .. pages.Rows, .. memoryRows],
            header + overhead.Markdown + ResultsFile.Table(overhead.Rows, "GraphQL", "plain") + sql.Markdown + pages.Markdown
            + ResultsFile.Table(pages.Rows.Where(r => r.Goal is not null), "ours", "1 user") + md);
        return 0;
    }
}
