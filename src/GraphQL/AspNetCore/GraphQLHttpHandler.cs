using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using RightHelp.GraphQL.AspNetCore.Ide;
using RightHelp.GraphQL.Execution;

namespace RightHelp.GraphQL.AspNetCore;

/// <summary>
/// One GraphQL over HTTP endpoint: checks method, media types, CSRF and size, reads the request,
/// runs it through the <see cref="IRequestExecutor"/> from DI, and answers with the right status.
/// </summary>
internal sealed class GraphQLHttpHandler(GraphQLHttpOptions options, GraphiQLIde? ide, ILogger logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var cancellationToken = context.RequestAborted;
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.XContentTypeOptions = "nosniff";

        var isGet = HttpMethods.IsGet(request.Method);
        var isPost = HttpMethods.IsPost(request.Method);
        var allowGet = options.AllowGetRequests || ide is not null;
        if (!isPost && !(isGet && allowGet))
        {
            response.Headers.Allow = allowGet ? "GET, POST" : "POST";
            await Fail(StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json, $"The {request.Method} method is not supported here.");
            return;
        }

        if (isGet && ide is not null && IsIdeRequest(request))
        {
            await ide.WritePageAsync(context);
            return;
        }
        if (isGet && !options.AllowGetRequests)
        {
            response.Headers.Allow = "POST";
            await Fail(StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json, "GraphQL requests must be sent with POST here.");
            return;
        }

        if (MediaTypeNegotiator.Negotiate(request.Headers.Accept) is not { } mediaType)
        {
            await Fail(
                StatusCodes.Status406NotAcceptable,
                ResponseMediaType.Json,
                $"Accept {MediaTypeNegotiator.GraphQLResponseJson} or {MediaTypeNegotiator.Json} (UTF-8).");
            return;
        }

        if (isPost && !IsJsonContentType(request.ContentType))
        {
            await Fail(
                StatusCodes.Status415UnsupportedMediaType,
                mediaType,
                "Send the GraphQL request as a UTF-8 JSON body with Content-Type: application/json.");
            return;
        }
        if (isGet && CsrfGuard.IsUnprovenSimpleGet(request, options.GetRequestCsrfPolicy))
        {
            await Fail(
                StatusCodes.Status400BadRequest,
                mediaType,
                $"This GET request could have been forged by another site; send it with a '{CsrfGuard.PreflightHeader}: 1' header.");
            return;
        }

        using var parsed = isPost
            ? await GraphQLHttpRequestReader.ReadPostAsync(request, options.MaxRequestBodyBytes, cancellationToken)
            : GraphQLHttpRequestReader.ReadQueryString(request.Query);
        if (parsed.Request is null)
        {
            await Fail(parsed.StatusCode, mediaType, parsed.Error!);
            return;
        }

        var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        var requestContext = new RequestContext
        {
            Services = context.RequestServices,
            User = context.User,
            AllowMutations = isPost,
        };

        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(parsed.Request, requestContext, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            // The engine masks resolver failures itself; reaching here is a fault in the engine or its wiring.
            var correlationId = context.TraceIdentifier;
            logger.LogError(exception, "GraphQL request failed outside execution. Correlation id {CorrelationId}.", correlationId);
            await GraphQLHttpResponseWriter.WriteErrorAsync(response, StatusCodes.Status500InternalServerError, mediaType, "Unexpected error.", correlationId, cancellationToken);
            return;
        }

        var statusCode = GraphQLStatusCodes.For(result, mediaType);
        if (statusCode == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers.Allow = "POST";
        }
        await GraphQLHttpResponseWriter.WriteResultAsync(response, statusCode, mediaType, result, cancellationToken);

        Task Fail(int statusCode, ResponseMediaType type, string message) =>
            GraphQLHttpResponseWriter.WriteErrorAsync(response, statusCode, type, message, null, cancellationToken);
    }

    /// <summary>A browser navigation: it wants HTML and is not carrying a GraphQL request.</summary>
    private static bool IsIdeRequest(HttpRequest request) =>
        !request.Query.ContainsKey("query")
        && !request.Query.ContainsKey("documentId")
        && MediaTypeNegotiator.AcceptsHtml(request.Headers.Accept);

    private static bool IsJsonContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }
        return parsed.MediaType.Equals(MediaTypeNegotiator.Json, StringComparison.OrdinalIgnoreCase)
            && (parsed.Charset.Length == 0 || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }
}
