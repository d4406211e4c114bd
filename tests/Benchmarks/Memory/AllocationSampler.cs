using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace RightHelp.Benchmarks.Memory;

/// <summary>
/// The runtime's allocation ticks (one event about every 100 KB allocated, naming the type that crossed the mark),
/// summed by type: a sampled picture of what a piece of code allocates, without a profiler.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GC = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private volatile bool _on;

    public void Start()
    {
        _bytes.Clear();
        _on = true;
    }

    public IReadOnlyList<(string Type, long Bytes)> Stop()
    {
        _on = false;
        return [.. _bytes.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value))];
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GC);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
