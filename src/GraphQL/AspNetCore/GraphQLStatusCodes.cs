using Microsoft.AspNetCore.Http;
using RightHelp.GraphQL.Execution;

namespace RightHelp.GraphQL.AspNetCore;

/// <summary>The status code of a GraphQL response (GraphQL over HTTP, "Status Codes").</summary>
internal static class GraphQLStatusCodes
{
    public static int For(ExecutionResult result, ResponseMediaType mediaType) => result.RequestError switch
    {
        RequestErrorKind.None => StatusCodes.Status200OK,
        // The spec makes 405 a MUST for a mutation over GET, whatever the media type.
        RequestErrorKind.MutationNotAllowed => StatusCodes.Status405MethodNotAllowed,
        // A malformed request is a transport problem under either media type.
        RequestErrorKind.InvalidRequest => StatusCodes.Status400BadRequest,
        // Legacy application/json clients expect every well-formed GraphQL response with 200.
        _ => mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
    };
}
