namespace RightHelp.Durability;

/// <summary>
/// One request of a steady load: when it started and how long it took (both from the load's own
/// clock), what the Api answered, and for a submission the feedback id that acknowledges it.
/// </summary>
public sealed record RequestOutcome(
    bool IsWrite,
    string? Key,
    TimeSpan Started,
    TimeSpan Elapsed,
    int Status,
    string? RetryAfter,
    string? ErrorCode,
    string? FeedbackId,
    string? Problem)
{
    public bool Succeeded => Problem is null;

    public TimeSpan Finished => Started + Elapsed;
}
