using RightHelp.GraphQL;
using RightHelp.ServiceDefaults.RateLimiting;

namespace RightHelp.Api.RateLimiting;

/// <summary>The GraphQL error a client gets when a limit is reached.</summary>
public static class RateLimitedError
{
    public const string Code = "RATE_LIMITED";

    public static string Message(TimeSpan wait) => "You have tried too many times. " + RetryAfter.Sentence(wait);

    public static GraphQLException Create(TimeSpan wait) => new(Message(wait), new Dictionary<string, object?>
    {
        ["code"] = Code,
        ["retryAfterSeconds"] = (int)Math.Ceiling(wait.TotalSeconds),
    });

}
