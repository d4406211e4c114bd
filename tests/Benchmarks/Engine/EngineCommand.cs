namespace RightHelp.Benchmarks.Engine;

/// <summary>
/// <c>engine --peer graphql-js.json --out results [--quick]</c>: checks both engines return the same results,
/// benchmarks ours, and writes the comparison with graphql-js's figures (from graphql-js/bench.mjs).
/// </summary>
public static class EngineCommand
{
    public const string Usage = "engine --peer <graphql-js results.json> --out <results directory> [--quick]";

    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var peerPath = Option(args, "--peer");
        var outDirectory = Option(args, "--out");
        if (peerPath is null || outDirectory is null)
        {
            await Console.Error.WriteLineAsync("Usage: " + Usage);
            return 1;
        }
        var peer = PeerResults.Load(peerPath);
        var machine = MachineInfo.Describe(peer);
        var sameResults = await ResultComparison.CompareAsync(EngineFixtures.Load(), peer);
        var measurements = EngineRun.Run(quick, Path.Combine(Path.GetTempPath(), "righthelp-bench-artifacts"));
        var report = BenchmarkReport.Create(machine, measurements, peer, sameResults, quick);
        report.Write(outDirectory);
        Console.WriteLine();
        Console.WriteLine($"Our engine vs graphql-js {peer.GraphQLVersion} (Node {peer.NodeVersion}):");
        Console.Write(report.Summary());
        foreach (var name in sameResults.Where(r => !r.Value).Select(r => r.Key))
        {
            Console.WriteLine($"warning: our {name} result differs from graphql-js's.");
        }
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
