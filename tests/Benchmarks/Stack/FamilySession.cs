using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RightHelp.Benchmarks.Stack;

/// <summary>
/// A parent signed in as a browser would: the Portal's sign-in, Identity's form, back to the Portal,
/// which leaves the Portal's session cookie. Access tokens for calling the Api directly come from the
/// same Identity session by the authorization code flow with PKCE, as the Portal's own client; they
/// live five minutes, so a fresh one is fetched when the last is three minutes old.
/// </summary>
public sealed class FamilySession : IDisposable
{
    public const string ParentEmail = "parent@example.test";
    public const string DemoPassword = "right-help-demo-2026";
    private const string PortalClientSecret = "portal-dev-secret";

    private readonly CookieContainer cookies = new();
    private readonly HttpClient browser;
    private readonly HttpClient noRedirects;
    private readonly Uri portal;
    private readonly Uri identity;
    private string? token;
    private DateTime tokenAt;

    private FamilySession(Uri portal, Uri identity)
    {
        this.portal = portal;
        this.identity = identity;
        browser = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = true });
        noRedirects = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false });
    }

    /// <summary>The global id of the parent's first plan.</summary>
    public string PlanId { get; private set; } = "";

    /// <summary>The Cookie header the Portal needs to know this parent.</summary>
    public string PortalCookies => cookies.GetCookieHeader(portal);

    public static async Task<FamilySession> SignInAsync(Uri portal, Uri identity, Uri api, string email = ParentEmail)
    {
        var session = new FamilySession(portal, identity);
        using (var form = await session.browser.GetAsync(new Uri(portal, "/sign-in?returnUrl=/your-family")))
        {
            var page = await form.Content.ReadAsStringAsync();
            var fields = HtmlForms.HiddenFields(page);
            fields["Email"] = email;
            fields["Password"] = DemoPassword;
            using var signedIn = await session.browser.PostAsync(form.RequestMessage!.RequestUri, new FormUrlEncodedContent(fields));
            if (!signedIn.IsSuccessStatusCode || signedIn.RequestMessage!.RequestUri!.Port != portal.Port)
            {
                throw new InvalidOperationException($"Signing in as {email} did not come back to the Portal: {(int)signedIn.StatusCode} at {signedIn.RequestMessage?.RequestUri}");
            }
        }
        using var plans = await session.PostGraphQLAsync(api, "{ me { families { plans { id } } } }");
        session.PlanId = plans.RootElement.GetProperty("data").GetProperty("me").GetProperty("families")[0]
            .GetProperty("plans")[0].GetProperty("id").GetString()!;
        return session;
    }

    public async Task<string> ApiTokenAsync()
    {
        if (token is not null && DateTime.UtcNow - tokenAt < TimeSpan.FromMinutes(3))
        {
            return token;
        }
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var redirect = new Uri(portal, "/signin-oidc").ToString();
        var authorize = new Uri(identity, "/connect/authorize?response_type=code&client_id=portal&scope=openid%20profile%20api"
            + $"&redirect_uri={Uri.EscapeDataString(redirect)}&state=bench&nonce=bench&code_challenge={challenge}&code_challenge_method=S256");
        using var answer = await noRedirects.GetAsync(authorize);
        var location = answer.Headers.Location ?? throw new InvalidOperationException($"Identity did not redirect: {(int)answer.StatusCode}");
        var code = System.Web.HttpUtility.ParseQueryString(location.Query)["code"]
            ?? throw new InvalidOperationException($"Identity gave no code: {location}");
        using var exchange = await noRedirects.PostAsync(new Uri(identity, "/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirect,
            ["code_verifier"] = verifier,
            ["client_id"] = "portal",
            ["client_secret"] = PortalClientSecret,
        }));
        using var json = JsonDocument.Parse(await exchange.Content.ReadAsStringAsync());
        token = json.RootElement.GetProperty("access_token").GetString();
        tokenAt = DateTime.UtcNow;
        return token!;
    }

    public async Task<JsonDocument> PostGraphQLAsync(Uri api, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api, "/graphql")) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokenAsync());
        using var response = await noRedirects.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose()
    {
        browser.Dispose();
        noRedirects.Dispose();
    }
}
