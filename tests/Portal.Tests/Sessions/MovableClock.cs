namespace RightHelp.Portal.Tests.Sessions;

/// <summary>A clock the test moves forward, so expiry is tested without waiting.</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
