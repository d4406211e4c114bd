namespace RightHelp.Benchmarks.Pages;

/// <summary>Time to first byte of a page under a given number of concurrent users, in milliseconds.</summary>
public sealed record LoadResult(int Users, double P50, double P95, int Requests, int Errors);
