using System.Net;
using System.Text.RegularExpressions;

namespace RightHelp.Identity.Tests.Support;

/// <summary>
/// A browser without JavaScript: a cookie jar, manual redirects, and forms posted with their
/// antiforgery token, so tests drive the pages exactly as a person's browser would.
/// </summary>
public sealed partial class Browser : IDisposable
{
    private readonly HttpClient http;

    public Browser(string address)
    {
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address + "/"),
        };
    }

    public CookieContainer Cookies { get; }

    public Uri BaseAddress => http.BaseAddress!;

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads the page, then posts its form with the given fields and the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, IDictionary<string, string> fields)
    {
        var page = await GetPageAsync(url);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "The page has no antiforgery token.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        foreach (Match hidden in HiddenInput().Matches(page))
        {
            form.TryAdd(hidden.Groups[1].Value, WebUtility.HtmlDecode(hidden.Groups[2].Value));
        }
        return await http.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>Follows redirects within the provider; returns the first response that is not one, or that leaves.</summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 10 && IsRedirect(response); hops++)
        {
            var location = Location(response);
            if (location.Authority != BaseAddress.Authority)
            {
                return response;
            }
            response = await http.GetAsync(location);
        }
        return response;
    }

    public Uri Location(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}.");
        return location.IsAbsoluteUri ? location : new Uri(BaseAddress, location);
    }

    public static bool IsRedirect(HttpResponseMessage response) => (int)response.StatusCode is >= 300 and < 400;

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
