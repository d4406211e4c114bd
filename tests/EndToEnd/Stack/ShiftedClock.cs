namespace RightHelp.EndToEnd.Stack;

/// <summary>
/// The real time plus an offset the test moves forward, so a host can be made to see its access
/// tokens expire without the test waiting minutes. It keeps ticking, so everything else still works.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
