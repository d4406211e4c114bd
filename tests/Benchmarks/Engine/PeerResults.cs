using System.Text.Json;

namespace RightHelp.Benchmarks.Engine;

/// <summary>What graphql-js/bench.mjs wrote: versions, operations per second and what execute returned.</summary>
public sealed class PeerResults
{
    private PeerResults(string graphQLVersion, string nodeVersion, IReadOnlyDictionary<string, double> opsPerSecond,
        IReadOnlyDictionary<string, JsonElement> outputs)
    {
        GraphQLVersion = graphQLVersion;
        NodeVersion = nodeVersion;
        OpsPerSecond = opsPerSecond;
        Outputs = outputs;
    }

    public string GraphQLVersion { get; }
    public string NodeVersion { get; }
    public IReadOnlyDictionary<string, double> OpsPerSecond { get; }

    /// <summary>The execution results by benchmark name, to check our engine returned the same.</summary>
    public IReadOnlyDictionary<string, JsonElement> Outputs { get; }

    public static PeerResults Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var ops = root.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("opsPerSec").GetDouble(), StringComparer.Ordinal);
        var outputs = root.TryGetProperty("outputs", out var o)
            ? o.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : [];
        return new PeerResults(root.GetProperty("graphql").GetString()!, root.GetProperty("node").GetString()!, ops, outputs);
    }
}
