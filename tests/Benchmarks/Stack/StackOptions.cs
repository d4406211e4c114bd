using System.Globalization;

namespace RightHelp.Benchmarks.Stack;

/// <summary>Where ./bench started Identity, Api and Portal, their process ids, and how long to measure.</summary>
public sealed record StackOptions(
    Uri Identity,
    Uri Api,
    Uri Portal,
    int ApiPid,
    int PortalPid,
    string PortalDatabase,
    string OutDirectory,
    bool Quick,
    double Minutes,
    IReadOnlySet<string>? Only = null)
{
    /// <summary>Whether this run includes a part (<c>--only overhead,pages,sql</c> runs just those, for profiling; a partial run writes no results).</summary>
    public bool Runs(string part) => Only is null || Only.Contains(part);

    public static StackOptions Parse(string[] args)
    {
        string Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length
            ? args[i + 1]
            : throw new ArgumentException($"{name} is required.");
        string? Optional(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        return new StackOptions(
            new Uri(Option("--identity")),
            new Uri(Option("--api")),
            new Uri(Option("--portal")),
            int.Parse(Option("--api-pid"), CultureInfo.InvariantCulture),
            int.Parse(Option("--portal-pid"), CultureInfo.InvariantCulture),
            Option("--portal-db"),
            Option("--out"),
            args.Contains("--quick"),
            double.Parse(Optional("--minutes") ?? "30", CultureInfo.InvariantCulture),
            Optional("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
    }
}
