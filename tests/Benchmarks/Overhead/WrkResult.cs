namespace RightHelp.Benchmarks.Overhead;

/// <summary>What one wrk run measured: latency percentiles in milliseconds, throughput, and failures.</summary>
public sealed record WrkResult(double P50, double P99, double RequestsPerSecond, long Requests, long Errors);
