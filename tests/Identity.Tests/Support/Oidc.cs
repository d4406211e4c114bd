using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using RightHelp.Identity.Provider;

namespace RightHelp.Identity.Tests.Support;

/// <summary>A relying party written out by hand, so each test can break one rule on purpose.</summary>
public sealed class Oidc(ProviderFixture fixture)
{
    public const string RpClient = "rp-test";
    public const string RpSecret = "rp-test-secret";
    public const string RpRedirect = "http://127.0.0.1:5999/callback";
    public const string RpPostLogout = "http://127.0.0.1:5999/signed-out";
    public const string DemoPassword = "right-help-demo-2026";

    public string Verifier { get; } = OpaqueTokens.New();

    public string Challenge => OpaqueTokens.S256(Verifier);

    public string State { get; } = OpaqueTokens.New(12);

    public string Nonce { get; } = OpaqueTokens.New(12);

    public string AuthorizeUrl(Dictionary<string, string?>? overrides = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = RpClient,
            ["redirect_uri"] = RpRedirect,
            ["response_type"] = "code",
            ["scope"] = "openid profile offline_access api",
            ["state"] = State,
            ["nonce"] = Nonce,
            ["code_challenge"] = Challenge,
            ["code_challenge_method"] = "S256",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            parameters[key] = value;
        }
        return QueryHelpers.AddQueryString("/connect/authorize", parameters.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
    }

    /// <summary>Signs in through the real pages (with TOTP when asked) and returns where the provider sent the browser back to.</summary>
    public async Task<Uri> SignInAndAuthorizeAsync(Browser browser, string email, string password = DemoPassword, Dictionary<string, string?>? overrides = null, bool staff = false)
    {
        var start = await browser.GetAsync(AuthorizeUrl(overrides));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var signInPage = browser.Location(start);
        if (signInPage.AbsolutePath != "/account/sign-in")
        {
            return signInPage;
        }
        var posted = await browser.SubmitAsync(signInPage.PathAndQuery, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var next = browser.Location(posted);
        if (next.AbsolutePath == "/account/two-factor")
        {
            Assert.True(staff, "Only staff should be asked for a second factor here.");
            posted = await browser.SubmitAsync(next.PathAndQuery, new Dictionary<string, string> { ["Code"] = fixture.TotpCode() });
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }
        var back = await browser.FollowAsync(posted);
        return browser.Location(back);
    }

    public async Task<string> CodeAsync(Browser browser, string email = "parent@example.test", Dictionary<string, string?>? overrides = null)
    {
        var callback = await SignInAndAuthorizeAsync(browser, email, overrides: overrides);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.True(query.ContainsKey("code"), "No code in " + callback);
        return query["code"]!;
    }

    public async Task<TokenResponse> ExchangeAsync(string code, string? verifier = null, string redirectUri = RpRedirect, string client = RpClient, string secret = RpSecret)
        => await TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier ?? Verifier,
        }, client, secret);

    public Task<TokenResponse> RefreshAsync(string refreshToken, string client = RpClient, string secret = RpSecret)
        => TokenAsync(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }, client, secret);

    public async Task<TokenResponse> TokenAsync(Dictionary<string, string> form, string client, string secret, bool basic = true)
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Issuer) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token");
        if (basic)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(client)}:{Uri.EscapeDataString(secret)}")));
        }
        else
        {
            form = new Dictionary<string, string>(form) { ["client_id"] = client, ["client_secret"] = secret };
        }
        request.Content = new FormUrlEncodedContent(form);
        var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new TokenResponse(response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement, response);
    }

    public async Task<HttpResponseMessage> UserInfoAsync(string accessToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Issuer) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await http.SendAsync(request);
    }

    public static JsonWebToken Read(string jwt) => new(jwt);
}
