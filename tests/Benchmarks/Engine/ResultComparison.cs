using System.Text;
using System.Text.Json;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Benchmarks.Engine;

/// <summary>
/// Checks that our engine returns what graphql-js returns for the executed documents (key order included),
/// so the two sides of each execute benchmark did the same work.
/// </summary>
public static class ResultComparison
{
    public static async Task<IReadOnlyDictionary<string, bool>> CompareAsync(EngineFixtures fixtures, PeerResults peer)
    {
        var executor = fixtures.CreateExecutor();
        var context = EngineFixtures.CreateContext();
        var ours = new Dictionary<string, ExecutionResult>(StringComparer.Ordinal)
        {
            ["execute-cached"] = await executor.ExecuteAsync(fixtures.QueryRequest, context, CancellationToken.None),
            ["introspection"] = await executor.ExecuteAsync(fixtures.IntrospectionRequest, context, CancellationToken.None),
        };
        var same = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (name, result) in ours)
        {
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException($"Our engine failed the {name} benchmark's document: {result.Errors[0].Message}");
            }
            same[name] = peer.Outputs.TryGetValue(name, out var theirs) && Canonical(Serialize(result)) == Canonical(theirs.GetRawText());
        }
        return same;
    }

    private static string Serialize(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            result.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Both texts through the same writer: whitespace and escaping no longer differ, order still does.</summary>
    private static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            document.RootElement.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
