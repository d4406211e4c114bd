namespace RightHelp.Benchmarks.Report;

/// <summary>
/// One entry of latest.json's <c>results</c>, in the engine rows' shape. <see cref="Peer"/> and
/// <see cref="Ratio"/> are null where a goal is absolute (a page's bytes), and <see cref="LowerIsBetter"/>
/// says how to read the ratio: latency and SQL counts are better low, throughput high.
/// </summary>
public sealed record ResultRow(
    string Name,
    double Ours,
    double? Peer,
    string Unit,
    double? Ratio,
    double? Goal,
    bool? Meets,
    bool LowerIsBetter = true,
    string? Note = null);
