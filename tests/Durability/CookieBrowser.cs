using System.Net;
using System.Text.RegularExpressions;

namespace RightHelp.Durability;

/// <summary>
/// A browser without JavaScript across our apps on 127.0.0.1: one cookie jar (cookies ignore
/// ports, as browsers' do), redirects followed by hand so a test can stop at one, and forms
/// posted with their antiforgery token.
/// </summary>
public sealed partial class CookieBrowser : IDisposable
{
    private readonly HttpClient http;

    public CookieBrowser()
    {
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>Follows redirects from <paramref name="url"/> until an answer that is not one, or one to <paramref name="stopAt"/>.</summary>
    public async Task<(HttpResponseMessage Response, Uri Url)> GoAsync(Uri url, Func<Uri, bool>? stopAt = null)
    {
        var response = await http.GetAsync(url);
        for (var hops = 0; hops < 12 && (int)response.StatusCode is >= 300 and < 400; hops++)
        {
            var next = new Uri(url, response.Headers.Location!);
            if (stopAt?.Invoke(next) == true)
            {
                return (response, next);
            }
            response.Dispose();
            url = next;
            response = await http.GetAsync(url);
        }
        return (response, url);
    }

    /// <summary>Posts the form on the page at <paramref name="page"/> (its hidden fields and antiforgery token, plus <paramref name="fields"/>), then follows redirects.</summary>
    public async Task<(HttpResponseMessage Response, Uri Url)> SubmitAsync(Uri page, string html, IDictionary<string, string> fields, Func<Uri, bool>? stopAt = null)
    {
        var form = new Dictionary<string, string>(fields);
        foreach (Match hidden in HiddenInput().Matches(html))
        {
            form.TryAdd(hidden.Groups[1].Value, WebUtility.HtmlDecode(hidden.Groups[2].Value));
        }
        var token = AntiforgeryToken().Match(html);
        if (token.Success)
        {
            form["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }
        var response = await http.PostAsync(page, new FormUrlEncodedContent(form));
        if ((int)response.StatusCode is >= 300 and < 400)
        {
            var next = new Uri(page, response.Headers.Location!);
            if (stopAt?.Invoke(next) == true)
            {
                return (response, next);
            }
            response.Dispose();
            return await GoAsync(next, stopAt);
        }
        return (response, page);
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
