namespace RightHelp.Identity.Provider;

/// <summary>Error responses in the shape RFC 6749 section 5.2 gives them.</summary>
public static class OAuthErrors
{
    public static IResult Token(string error, string description, int status = StatusCodes.Status400BadRequest)
        => new NoStoreResult(Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status));

    public static IResult InvalidClient(bool usedBasic)
        => new InvalidClientResult(usedBasic);

    private sealed class InvalidClientResult(bool usedBasic) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (usedBasic)
            {
                httpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"right-help\"";
            }
            return Token("invalid_client", "The client could not be authenticated.", StatusCodes.Status401Unauthorized).ExecuteAsync(httpContext);
        }
    }
}
