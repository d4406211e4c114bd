namespace RightHelp.Identity.Provider;

/// <summary>Token responses must not be cached by anything along the way (RFC 6749 section 5.1).</summary>
public sealed class NoStoreResult(IResult inner) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.CacheControl = "no-store";
        httpContext.Response.Headers.Pragma = "no-cache";
        return inner.ExecuteAsync(httpContext);
    }
}
