using System.Net;
using RightHelp.Benchmarks.Stack;

namespace RightHelp.Benchmarks.Soak;

/// <summary>
/// What the people on a soak run do: read public pages, search the directory, give feedback through the
/// Portal's own form (its antiforgery token included), and read their plan signed in. Each returns why
/// it failed, or null.
/// </summary>
public sealed class Journeys(StackOptions stack, FamilySession parent)
{
    private static readonly string[] PublicPages = ["/", "/feedback", "/you-said-we-did", "/parents-and-carers", "/glossary", "/localities"];
    private static readonly string[] Searches = ["parenting", "housing", "speech and language", "food bank", "mental health", "domestic abuse"];

    public async Task<string?> PublicPageAsync(HttpClient http, int n) => await GetAsync(http, PublicPages[n % PublicPages.Length], null);

    public async Task<string?> DirectorySearchAsync(HttpClient http, int n)
        => await GetAsync(http, "/directory?q=" + Uri.EscapeDataString(Searches[n % Searches.Length]), null);

    /// <summary>Signed in: a lapsed session would answer with a redirect to sign in, which counts as a failure.</summary>
    public async Task<string?> PlanAsync(HttpClient http)
        => await GetAsync(http, "/plans/" + Uri.EscapeDataString(parent.PlanId), parent.PortalCookies);

    /// <summary>The feedback form as a browser without JavaScript sends it: fetched, filled in and posted with its cookies.</summary>
    public async Task<string?> FeedbackAsync(int n)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
        using var form = await browser.GetAsync(new Uri(stack.Portal, "/feedback"));
        if (!form.IsSuccessStatusCode)
        {
            return $"GET /feedback: {(int)form.StatusCode}";
        }
        var fields = HtmlForms.HiddenFields(await form.Content.ReadAsStringAsync());
        fields["Form.Text"] = $"Soak run feedback {n}: the help was clear and the worker listened to us.";
        using var sent = await browser.PostAsync(new Uri(stack.Portal, "/feedback"), new FormUrlEncodedContent(fields));
        var location = sent.Headers.Location?.ToString() ?? "";
        if ((int)sent.StatusCode is >= 300 and < 400 && location.Contains("thank-you", StringComparison.Ordinal))
        {
            return null;
        }
        var body = await sent.Content.ReadAsStringAsync();
        return $"POST /feedback: {(int)sent.StatusCode} {location}{(body.Contains("govuk-error-summary", StringComparison.Ordinal) ? " (form errors)" : "")}";
    }

    private async Task<string?> GetAsync(HttpClient http, string path, string? cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(stack.Portal, path));
        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && body.Length > 0 ? null : $"GET {path}: {(int)response.StatusCode}";
    }
}
