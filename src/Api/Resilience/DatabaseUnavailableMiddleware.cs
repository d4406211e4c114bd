using Microsoft.Net.Http.Headers;

namespace RightHelp.Api.Resilience;

/// <summary>
/// Turns "the database is unavailable" into HTTP 503 with Retry-After: for GraphQL when the
/// executor marked the answer (the status is changed as the response starts, after the GraphQL
/// handler chose its own), and for the other endpoints (ORUK, calendars, export) when a
/// transient database exception escapes them before anything was written.
/// </summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next, ILogger<DatabaseUnavailableMiddleware> logger)
{
    public const int RetryAfterSeconds = 2;

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            if (context.Features.Get<DatabaseUnavailableFeature>() is { Answered: true })
            {
                MarkUnavailable(context.Response);
            }
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        catch (Exception exception) when (TransientDatabaseErrors.IsTransient(exception) && !context.Response.HasStarted)
        {
            logger.LogWarning(exception, "The database is unavailable; answered {Path} with 503.", context.Request.Path);
            context.Response.Clear();
            MarkUnavailable(context.Response);
            await context.Response.WriteAsJsonAsync(new { title = "Service unavailable", detail = ServiceUnavailableRequestExecutor.Message, code = ServiceUnavailableRequestExecutor.Code }, context.RequestAborted);
        }
    }

    private static void MarkUnavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
    }
}
