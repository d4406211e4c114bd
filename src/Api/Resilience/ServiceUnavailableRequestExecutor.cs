using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.Resilience;

/// <summary>
/// Wraps the GraphQL executor: when a request failed because the database was unavailable, its
/// masked "Unexpected error." becomes one clear, retryable error with
/// <c>extensions.code = SERVICE_UNAVAILABLE</c>, and the HTTP answer a 503 with Retry-After
/// (<see cref="DatabaseUnavailableMiddleware"/>). A client should send the same request again,
/// with the same idempotency key for a submission, after the delay.
/// </summary>
public sealed class ServiceUnavailableRequestExecutor(IRequestExecutor inner, IHttpContextAccessor http) : IRequestExecutor
{
    public const string Code = "SERVICE_UNAVAILABLE";
    public const string Message = "The service is briefly unavailable. Please try again in a few seconds.";

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        var result = await inner.ExecuteAsync(request, context, cancellationToken);
        if (http.HttpContext?.Features.Get<DatabaseUnavailableFeature>() is not { } unavailable
            || !result.Errors.Any(e => e.Extensions?.ContainsKey("correlationId") == true))
        {
            // A transient failure that a later call got past did no harm; the answer stands.
            return result;
        }
        unavailable.Answered = true;
        var error = new GraphQLError(Message, extensions: new Dictionary<string, object?>
        {
            ["code"] = Code,
            ["retryAfterSeconds"] = DatabaseUnavailableMiddleware.RetryAfterSeconds,
        });
        return ExecutionResult.Failure(RequestErrorKind.None, error);
    }
}
