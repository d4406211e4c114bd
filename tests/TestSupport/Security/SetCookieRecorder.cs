namespace RightHelp.TestSupport.Security;

/// <summary>
/// Keeps every Set-Cookie line an app sends, with the request that got it, so a test can check
/// the attributes of each cookie as the browser receives it (a cookie jar keeps only name and value).
/// </summary>
public sealed class SetCookieRecorder : DelegatingHandler
{
    private readonly List<(string Request, string SetCookie)> lines = [];

    public IReadOnlyList<(string Request, string SetCookie)> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>The names of the cookies seen so far.</summary>
    public IReadOnlySet<string> Names => Lines.Select(line => line.SetCookie.Split('=', 2)[0].Trim()).ToHashSet(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            lock (lines)
            {
                lines.AddRange(values.Select(value => ($"{request.Method} {request.RequestUri?.PathAndQuery}", value)));
            }
        }
        return response;
    }
}
