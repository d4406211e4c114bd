using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RightHelp.Benchmarks.Engine;

/// <summary>
/// Turns both sides' measurements into results/latest.md (a table per benchmark, and the machine) and
/// results/latest.json (<c>{"machine": …, "results": [{name, ours, peer, unit, ratio, goal, meets}]}</c>).
/// </summary>
public sealed class BenchmarkReport(MachineInfo machine, IReadOnlyList<ReportRow> rows, bool quick)
{
    /// <summary>Issue 8's goals: throughput ratio over graphql-js.</summary>
    private static readonly Dictionary<string, double> Goals = new(StringComparer.Ordinal)
    {
        ["parse-query"] = 3,
        ["parse-introspection"] = 3,
        ["validate-query"] = 3,
        ["validate-introspection"] = 3,
        ["execute-cached"] = 10,
    };

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["parse-query"] = "Parse the library query (a fragment, variables, 100 books with authors).",
        ["parse-introspection"] = "Parse the full introspection query.",
        ["validate-query"] = "Validate the parsed library query with the specified rules.",
        ["validate-introspection"] = "Validate the parsed introspection query with the specified rules.",
        ["execute-cached"] = "Execute the library query (100 books with their authors) with the document already parsed and validated.",
        ["introspection"] = "Execute the full introspection query against the library schema (document cached).",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public IReadOnlyList<ReportRow> Rows => rows;

    public static BenchmarkReport Create(MachineInfo machine, IReadOnlyList<EngineMeasurement> ours, PeerResults peer,
        IReadOnlyDictionary<string, bool> sameResults, bool quick)
    {
        var rows = new List<ReportRow>();
        foreach (var measurement in ours)
        {
            if (!peer.OpsPerSecond.TryGetValue(measurement.Name, out var theirs))
            {
                throw new InvalidOperationException($"graphql-js has no result for {measurement.Name}.");
            }
            var ratio = measurement.OpsPerSecond / theirs;
            double? goal = Goals.TryGetValue(measurement.Name, out var g) ? g : null;
            rows.Add(new ReportRow(
                measurement.Name,
                Math.Round(measurement.OpsPerSecond, 1),
                Math.Round(theirs, 1),
                "ops/s",
                Math.Round(ratio, 2),
                goal,
                goal is { } required ? ratio >= required : null,
                measurement.AllocatedBytesPerOp,
                sameResults.TryGetValue(measurement.Name, out var same) ? same : null));
        }
        return new BenchmarkReport(machine, rows, quick);
    }

    public void Write(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "latest.json"), JsonSerializer.Serialize(new { machine, results = rows }, Json) + "\n");
        File.WriteAllText(Path.Combine(directory, "latest.md"), Markdown());
    }

    public string Summary()
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{row.Name,-24} ours {row.Ours,12:N0} ops/s   graphql-js {row.Peer,10:N0} ops/s   ratio {row.Ratio,7:0.00}");
            text.AppendLine(row.Goal is { } goal ? $"   goal >= {goal:0}: {(row.Meets == true ? "met" : "MISSED")}" : "");
        }
        return text.ToString();
    }

    private string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine("# Benchmark results").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Written by `./bench{(quick ? " --quick" : "")}` on {machine.MeasuredAt}. Throughput is in operations per second (higher is better);");
        md.AppendLine("the ratio is ours divided by graphql-js's, both measured in the same run on the same fixtures");
        md.AppendLine("(`tests/Benchmarks/Engine/Fixtures`). Ours: BenchmarkDotNet median; graphql-js: median of timed samples after warm-up.").AppendLine();

        md.AppendLine("## Machine").AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| processors (`nproc`) | {machine.Processors} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| CPU | {machine.Cpu} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| memory | {machine.Memory} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| OS | {machine.Os} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| .NET | {machine.DotNet} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Node | {machine.Node} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| graphql-js | {machine.GraphQLJs}{EngineNote(machine)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| load average when the run started | {machine.LoadAverage} |").AppendLine();

        md.AppendLine("## Engine vs graphql-js: summary").AppendLine();
        md.AppendLine("| benchmark | ours (ops/s) | graphql-js (ops/s) | ratio | goal | met |").AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Name} | {row.Ours:N0} | {row.Peer:N0} | {row.Ratio:0.00} | {(row.Goal is { } g ? $"≥ {g:0}" : "–")} | {Met(row)} |");
        }
        md.AppendLine();

        foreach (var row in rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {row.Name}").AppendLine();
            md.AppendLine(Descriptions.GetValueOrDefault(row.Name, "")).AppendLine();
            md.AppendLine("| | value |").AppendLine("|---|---:|");
            md.AppendLine(CultureInfo.InvariantCulture, $"| ours | {row.Ours:N0} ops/s |");
            md.AppendLine(CultureInfo.InvariantCulture, $"| graphql-js {machine.GraphQLJs} | {row.Peer:N0} ops/s |");
            md.AppendLine(CultureInfo.InvariantCulture, $"| ratio | {row.Ratio:0.00} |");
            if (row.Goal is { } goal)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| goal | ≥ {goal:0}: {Met(row)} |");
            }
            if (row.OursAllocatedBytesPerOp is { } bytes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| ours, allocated per operation | {bytes:N0} B |");
            }
            if (row.SameResult is { } same)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| same result as graphql-js | {(same ? "yes" : "no")} |");
            }
            md.AppendLine();
        }
        return md.ToString();
    }

    /// <summary>graphql-js 17 declares Node 22 or later but runs on 20; say so when that is what was measured.</summary>
    private static string EngineNote(MachineInfo machine) =>
        machine.GraphQLJs.StartsWith("17.", StringComparison.Ordinal)
        && int.TryParse(machine.Node.TrimStart('v').Split('.')[0], CultureInfo.InvariantCulture, out var major) && major < 22
            ? $" (declares Node 22 or later; run here on Node {machine.Node})"
            : "";

    private static string Met(ReportRow row) => row.Meets switch
    {
        true => "yes",
        false => "**no**",
        null => "–",
    };
}
