using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RightHelp.Benchmarks.Report;

/// <summary>
/// Adds rows to results/latest.json (after the engine's, which start the file) and a section to
/// results/latest.md, so every benchmark of one run lands in the same two files.
/// </summary>
public static class ResultsFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Append(string directory, IReadOnlyList<ResultRow> rows, string markdown)
    {
        Directory.CreateDirectory(directory);
        var jsonPath = Path.Combine(directory, "latest.json");
        var document = File.Exists(jsonPath) ? JsonNode.Parse(File.ReadAllText(jsonPath))!.AsObject() : new JsonObject();
        if (document["results"] is not JsonArray results)
        {
            results = [];
            document["results"] = results;
        }
        document["machine"] ??= JsonSerializer.SerializeToNode(new { loadAverage = LoadAverage(), measuredAt = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) }, Json);
        foreach (var row in rows)
        {
            results.Add(JsonSerializer.SerializeToNode(row, Json));
        }
        File.WriteAllText(jsonPath, document.ToJsonString(Json) + "\n");
        File.AppendAllText(Path.Combine(directory, "latest.md"), markdown);
    }

    /// <summary>A markdown table of rows: ours, the peer, the ratio, the goal, and whether it is met.</summary>
    public static string Table(IEnumerable<ResultRow> rows, string oursHeading, string peerHeading)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"| benchmark | {oursHeading} | {peerHeading} | ratio | goal | met |");
        md.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var goal = row.Goal is { } g ? (row.LowerIsBetter ? "≤ " : "≥ ") + g.ToString("0.##", CultureInfo.InvariantCulture) : "–";
            var met = row.Meets switch { true => "yes", false => "**no**", null => "–" };
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Name} | {row.Ours:0.##} {row.Unit} | {(row.Peer is { } p ? p.ToString("0.##", CultureInfo.InvariantCulture) : "–")} | {(row.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "–")} | {goal} | {met}{(row.Note is null ? "" : " " + row.Note)} |");
        }
        return md.ToString();
    }

    public static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
