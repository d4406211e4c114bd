namespace RightHelp.Benchmarks.Engine;

/// <summary>One line of the results: throughput of both engines, their ratio and the goal for it (if any).</summary>
public sealed record ReportRow(
    string Name,
    double Ours,
    double Peer,
    string Unit,
    double Ratio,
    double? Goal,
    bool? Meets,
    long? OursAllocatedBytesPerOp,
    bool? SameResult);
