namespace RightHelp.Benchmarks.Report;

/// <summary>A ratio rounded for the report, or null when the peer measured nothing (JSON has no NaN).</summary>
public static class Ratio
{
    public static double? Of(double ours, double peer)
        => peer > 0 && double.IsFinite(ours) && double.IsFinite(peer) ? Math.Round(ours / peer, 2) : null;
}
