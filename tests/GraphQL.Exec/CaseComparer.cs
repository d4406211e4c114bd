using System.Text;
using System.Text.Json;

namespace RightHelp.GraphQL.Exec;

/// <summary>
/// Compares our result lines with graphql-js's: "structure" is data (key order included), schemaError presence,
/// and each error's path and locations; "message" additionally requires identical error messages.
/// </summary>
public static class CaseComparer
{
    public sealed class Report
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

    public static Report Compare(IReadOnlyList<string> actualLines, IReadOnlyList<string> expectedLines)
    {
        var actualById = new Dictionary<string, JsonElement>();
        foreach (var line in actualLines)
        {
            var element = JsonDocument.Parse(line).RootElement;
            actualById[element.GetProperty("id").ToString()] = element.GetProperty("result");
        }
        var report = new Report { Total = expectedLines.Count };
        foreach (var line in expectedLines)
        {
            var expected = JsonDocument.Parse(line).RootElement;
            var id = expected.GetProperty("id").ToString();
            if (!actualById.TryGetValue(id, out var actual))
            {
                report.StructureFailures.Add($"{id}: missing");
                continue;
            }
            var result = expected.GetProperty("result");
            var structure = CompareStructure(result, actual);
            if (structure is not null)
            {
                report.StructureFailures.Add($"{id}: {structure}\n    expected {result.GetRawText()}\n    actual   {actual.GetRawText()}");
                continue;
            }
            var messages = CompareMessages(result, actual);
            if (messages is not null)
            {
                report.MessageFailures.Add($"{id}: {messages}");
            }
        }
        return report;
    }

    private static string? CompareStructure(JsonElement expected, JsonElement actual)
    {
        var expectSchemaError = expected.TryGetProperty("schemaError", out _);
        if (expectSchemaError != actual.TryGetProperty("schemaError", out _))
        {
            return "schemaError presence differs";
        }
        if (expectSchemaError)
        {
            return null;
        }
        var expectData = expected.TryGetProperty("data", out var expectedData);
        var hasData = actual.TryGetProperty("data", out var actualData);
        if (expectData != hasData)
        {
            return "data presence differs";
        }
        if (expectData && !JsonEqual(expectedData, actualData))
        {
            return "data differs";
        }
        var expectedErrors = Errors(expected);
        var actualErrors = Errors(actual);
        if (expectedErrors.Count != actualErrors.Count)
        {
            return $"error count {actualErrors.Count}, expected {expectedErrors.Count}";
        }
        for (var i = 0; i < expectedErrors.Count; i++)
        {
            foreach (var key in new[] { "path", "locations" })
            {
                var e = expectedErrors[i].TryGetProperty(key, out var ev);
                var a = actualErrors[i].TryGetProperty(key, out var av);
                if (e != a || (e && !JsonEqual(ev, av)))
                {
                    return $"error {i} {key} differs";
                }
            }
        }
        return null;
    }

    private static string? CompareMessages(JsonElement expected, JsonElement actual)
    {
        if (expected.TryGetProperty("schemaError", out var schemaError))
        {
            var mine = actual.GetProperty("schemaError").GetString();
            return mine == schemaError.GetString() ? null : $"schemaError \"{mine}\" expected \"{schemaError.GetString()}\"";
        }
        var expectedErrors = Errors(expected);
        var actualErrors = Errors(actual);
        for (var i = 0; i < expectedErrors.Count; i++)
        {
            var e = expectedErrors[i].GetProperty("message").GetString();
            var a = actualErrors[i].GetProperty("message").GetString();
            if (e != a)
            {
                return $"message {i}: \"{a}\" expected \"{e}\"";
            }
        }
        return null;
    }

    private static List<JsonElement> Errors(JsonElement result) =>
        result.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public static bool JsonEqual(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }
        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                {
                    var pa = a.EnumerateObject().ToList();
                    var pb = b.EnumerateObject().ToList();
                    if (pa.Count != pb.Count)
                    {
                        return false;
                    }
                    for (var i = 0; i < pa.Count; i++)
                    {
                        if (pa[i].Name != pb[i].Name || !JsonEqual(pa[i].Value, pb[i].Value))
                        {
                            return false;
                        }
                    }
                    return true;
                }
            case JsonValueKind.Array:
                {
                    var ia = a.EnumerateArray().ToList();
                    var ib = b.EnumerateArray().ToList();
                    return ia.Count == ib.Count && ia.Zip(ib).All(p => JsonEqual(p.First, p.Second));
                }
            case JsonValueKind.Number:
                return a.GetDouble() == b.GetDouble();
            case JsonValueKind.String:
                return a.GetString() == b.GetString();
            default:
                return true;
        }
    }
}
