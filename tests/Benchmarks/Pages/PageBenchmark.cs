using System.Globalization;
using System.Text;
using RightHelp.Benchmarks.Report;
using RightHelp.Benchmarks.Stack;

namespace RightHelp.Benchmarks.Pages;

/// <summary>
/// Issue 8, part 4: time to first byte of the home, plan (signed in), directory search and feedback pages
/// at 1 and 32 concurrent users, and what each weighs on a first visit. Goals: p95 under 100 ms at 32
/// users; every family page under 150 KB in all.
/// </summary>
public sealed class PageBenchmark(StackOptions stack, FamilySession parent, TextWriter log)
{
    public const double P95GoalMs = 100;
    public const double WeightGoalKb = 150;

    public async Task<(IReadOnlyList<ResultRow> Rows, string Markdown)> RunAsync()
    {
        var duration = TimeSpan.FromSeconds(stack.Quick ? 2 : 15);
        var pages = new[]
        {
            (Name: "home", Path: "/", Cookies: (string?)null),
            (Name: "plan", Path: "/plans/" + Uri.EscapeDataString(parent.PlanId), Cookies: parent.PortalCookies),
            (Name: "directory-search", Path: "/directory?q=parenting", Cookies: (string?)null),
            (Name: "feedback", Path: "/feedback", Cookies: (string?)null),
        };
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 });
        var rows = new List<ResultRow>();
        var md = new StringBuilder();
        md.AppendLine().AppendLine("## Portal pages").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Time to first byte (ms) with 1 and 32 concurrent users, each asking again as soon as a page arrived ({duration.TotalSeconds:0} s per run,");
        md.AppendLine("after a warm-up); bytes on the wire for a first visit (HTML and every stylesheet, script, image and woff2 font it links, compressed where the server compresses).");
        md.AppendLine(CultureInfo.InvariantCulture, $"Load average before: {ResultsFile.LoadAverage()}.").AppendLine();
        md.AppendLine("| page | 1 user p50 | 1 user p95 | 32 users p50 | 32 users p95 | requests (1/32) | errors | HTML | CSS | JS | fonts | other | total |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var page in pages)
        {
            var address = new Uri(stack.Portal, page.Path);
            await PageLoad.RunAsync(http, address, page.Cookies, 4, TimeSpan.FromSeconds(1));
            var one = await PageLoad.RunAsync(http, address, page.Cookies, 1, duration);
            var many = await PageLoad.RunAsync(http, address, page.Cookies, 32, duration);
            var weight = await PageWeight.MeasureAsync(address, page.Cookies);
            var total = (weight.Html + weight.Css + weight.Js + weight.Fonts + weight.Other) / 1024.0;
            log.WriteLine($"  {page.Name,-17} ttfb 1 user p50 {one.P50,6:0.0} p95 {one.P95,6:0.0} ms; 32 users p50 {many.P50,6:0.0} p95 {many.P95,6:0.0} ms; errors {one.Errors + many.Errors}; {total:0.0} KB");
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {page.Name} | {one.P50:0.0} | {one.P95:0.0} | {many.P50:0.0} | {many.P95:0.0} | {one.Requests}/{many.Requests} | {one.Errors + many.Errors} | {Kb(weight.Html)} | {Kb(weight.Css)} | {Kb(weight.Js)} | {Kb(weight.Fonts)} | {Kb(weight.Other)} | {total:0.0} KB |");
            rows.Add(new ResultRow($"page-{page.Name}-ttfb-32-users-p95", Math.Round(many.P95, 1), Math.Round(one.P95, 1), "ms", Ratio.Of(many.P95, one.P95), P95GoalMs,
                many.P95 < P95GoalMs && many.Errors == 0, Note: "peer: 1 user p95; goal is absolute"));
            rows.Add(new ResultRow($"page-{page.Name}-ttfb-32-users-p50", Math.Round(many.P50, 1), Math.Round(one.P50, 1), "ms", Ratio.Of(many.P50, one.P50), null, null));
            rows.Add(new ResultRow($"page-{page.Name}-bytes", Math.Round(total, 1), null, "KB", null, WeightGoalKb, total < WeightGoalKb));
        }
        return (rows, md.ToString());
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
}
