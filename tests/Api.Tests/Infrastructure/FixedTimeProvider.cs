namespace RightHelp.Api.Tests.Infrastructure;

/// <summary>A clock that says what the test tells it, for data placed relative to "now".</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
