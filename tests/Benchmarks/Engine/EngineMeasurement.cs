namespace RightHelp.Benchmarks.Engine;

/// <summary>One benchmark of our engine: median throughput and bytes allocated per operation.</summary>
public sealed record EngineMeasurement(string Name, double OpsPerSecond, long? AllocatedBytesPerOp);
