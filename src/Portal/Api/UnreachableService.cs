namespace RightHelp.Portal.Api;

/// <summary>
/// Tells a failure to reach a service the Portal depends on (the Api, or Identity when a token
/// needs refreshing) from a fault in the Portal itself. The first is temporary: the person gets
/// 503 with Retry-After, so they and any proxy know that trying again is right.
/// </summary>
public static class UnreachableService
{
    /// <summary>Seconds to suggest in Retry-After: the fault tests see restarts take a few seconds.</summary>
    public const int RetryAfterSeconds = 30;

    public static bool IsCause(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            // HttpClient's own timeout is a TaskCanceledException over a TimeoutException.
            if (current is HttpRequestException or TimeoutException)
            {
                return true;
            }
        }
        return false;
    }

    public static int StatusCodeFor(Exception exception) =>
        IsCause(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
}
