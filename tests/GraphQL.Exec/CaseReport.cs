using System.Text;

namespace RightHelp.GraphQL.Exec;

/// <summary>Pass rates and failures of a differential run.</summary>
public sealed class CaseReport
{
    public int Total { get; init; }
    public List<string> StructureFailures { get; } = [];
    public List<string> MessageFailures { get; } = [];

    public double StructureRate => Total == 0 ? 1 : (Total - StructureFailures.Count) / (double)Total;
    public double MessageRate => Total == 0 ? 1 : (Total - StructureFailures.Count - MessageFailures.Count) / (double)Total;

    public string Summary()
    {
        var builder = new StringBuilder();
        builder.AppendLine($"cases: {Total}");
        builder.AppendLine($"data/path/locations match: {Total - StructureFailures.Count}/{Total} ({StructureRate:P1})");
        builder.AppendLine($"also message match: {Total - StructureFailures.Count - MessageFailures.Count}/{Total} ({MessageRate:P1})");
        foreach (var failure in StructureFailures)
        {
            builder.AppendLine("STRUCTURE " + failure);
        }
        foreach (var failure in MessageFailures)
        {
            builder.AppendLine("MESSAGE " + failure);
        }
        return builder.ToString();
    }
}
