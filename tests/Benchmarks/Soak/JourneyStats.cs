using RightHelp.Benchmarks.Pages;

namespace RightHelp.Benchmarks.Soak;

/// <summary>Timings and failures of one kind of journey over a soak run; safe to add to from many users.</summary>
public sealed class JourneyStats(string name)
{
    private readonly List<double> timings = [];
    private readonly List<string> failures = [];

    public string Name => name;

    public int Count { get { lock (timings) { return timings.Count; } } }

    public int Errors { get { lock (timings) { return failures.Count; } } }

    public string? FirstFailure { get { lock (timings) { return failures.FirstOrDefault(); } } }

    public void Add(double milliseconds, string? failure)
    {
        lock (timings)
        {
            timings.Add(milliseconds);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }
    }

    public double Percentile(double percentile)
    {
        lock (timings)
        {
            var sorted = timings.Order().ToList();
            return Percentiles.Of(sorted, percentile);
        }
    }

    public List<double> Snapshot() { lock (timings) { return [.. timings]; } }
}
