namespace RightHelp.Api.Resilience;

/// <summary>
/// Set on a request's features when one of its database calls failed transiently, so the answer
/// can say "unavailable, retry" instead of a generic error.
/// </summary>
public sealed class DatabaseUnavailableFeature
{
    /// <summary>True once the response itself is a 503; the status is applied as the response starts.</summary>
    public bool Answered { get; set; }
}
