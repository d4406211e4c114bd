using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Provider;

/// <summary>RFC 9700 rules for the authorization request, each a test that fails if the rule is broken.</summary>
public sealed class AuthorizationRequestRulesTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private readonly Oidc oidc = new(fixture);

    [Fact]
    public async Task A_request_without_a_PKCE_challenge_is_refused()
    {
        using var browser = fixture.NewBrowser();
        var callback = await oidc.SignInAndAuthorizeAsync(browser, "parent@example.test",
            overrides: new() { ["code_challenge"] = null, ["code_challenge_method"] = null });

        AssertError(callback, "invalid_request");
    }

    [Fact]
    public async Task The_plain_PKCE_method_is_refused_only_S256_is_accepted()
    {
        using var browser = fixture.NewBrowser();
        var callback = await oidc.SignInAndAuthorizeAsync(browser, "parent@example.test",
            overrides: new() { ["code_challenge"] = oidc.Verifier, ["code_challenge_method"] = "plain" });

        AssertError(callback, "invalid_request");
    }

    [Fact]
    public async Task A_challenge_with_no_method_is_refused_because_the_default_is_plain()
    {
        using var browser = fixture.NewBrowser();
        var callback = await oidc.SignInAndAuthorizeAsync(browser, "parent@example.test", overrides: new() { ["code_challenge_method"] = null });

        AssertError(callback, "invalid_request");
    }

    [Theory]
    [InlineData("http://127.0.0.1:5999/callback/")]
    [InlineData("http://127.0.0.1:5999/callback?next=evil")]
    [InlineData("http://127.0.0.1:5999/callbackx")]
    [InlineData("http://127.0.0.1:5998/callback")]
    [InlineData("HTTP://127.0.0.1:5999/callback")]
    [InlineData("http://localhost:5999/callback")]
    [InlineData("https://evil.example.test/callback")]
    public async Task A_redirect_uri_that_is_not_registered_exactly_is_refused_without_redirecting(string redirectUri)
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.GetAsync(oidc.AuthorizeUrl(new() { ["redirect_uri"] = redirectUri }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/problem", browser.Location(response).AbsolutePath);
        var page = await browser.GetAsync(browser.Location(response).PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("an address we do not know", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_client_is_refused_without_redirecting()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.GetAsync(oidc.AuthorizeUrl(new() { ["client_id"] = "nobody" }));

        Assert.Equal("/problem", browser.Location(response).AbsolutePath);
    }

    [Fact]
    public async Task The_implicit_and_hybrid_flows_are_refused()
    {
        using var browser = fixture.NewBrowser();

        foreach (var responseType in new[] { "token", "id_token", "code id_token", "code token" })
        {
            var response = await browser.GetAsync(oidc.AuthorizeUrl(new() { ["response_type"] = responseType }));
            AssertError(browser.Location(response), "unsupported_response_type");
        }
    }

    [Fact]
    public async Task A_scope_the_client_may_not_have_is_refused()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.GetAsync(oidc.AuthorizeUrl(new() { ["scope"] = "openid directory.write" }));

        AssertError(browser.Location(response), "invalid_scope");
    }

    [Fact]
    public async Task Prompt_none_without_a_session_answers_login_required()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.GetAsync(oidc.AuthorizeUrl(new() { ["prompt"] = "none" }));

        AssertError(browser.Location(response), "login_required");
    }

    [Fact]
    public async Task Prompt_none_with_a_session_returns_a_code_without_asking()
    {
        using var browser = fixture.NewBrowser();
        await oidc.CodeAsync(browser);

        var response = await browser.GetAsync(oidc.AuthorizeUrl(new() { ["prompt"] = "none" }));

        Assert.True(QueryHelpers.ParseQuery(browser.Location(response).Query).ContainsKey("code"));
    }

    [Fact]
    public async Task Prompt_login_asks_again_even_with_a_session()
    {
        using var browser = fixture.NewBrowser();
        await oidc.CodeAsync(browser);

        var response = await browser.GetAsync(oidc.AuthorizeUrl(new() { ["prompt"] = "login" }));

        Assert.Equal("/account/sign-in", browser.Location(response).AbsolutePath);
    }

    [Fact]
    public async Task Max_age_older_than_the_session_asks_again_and_the_new_auth_time_is_reported()
    {
        using var browser = fixture.NewBrowser();
        var first = await oidc.ExchangeAsync(await oidc.CodeAsync(browser));
        var firstAuthTime = Oidc.Read(first.IdToken).GetPayloadValue<long>("auth_time");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var response = await browser.GetAsync(oidc.AuthorizeUrl(new() { ["max_age"] = "1" }));
        Assert.Equal("/account/sign-in", browser.Location(response).AbsolutePath);

        var second = await oidc.ExchangeAsync(await oidc.CodeAsync(browser, overrides: new() { ["max_age"] = "1" }));
        Assert.True(Oidc.Read(second.IdToken).GetPayloadValue<long>("auth_time") > firstAuthTime);
    }

    [Fact]
    public async Task Errors_after_the_client_is_known_go_back_with_state_and_iss()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.GetAsync(oidc.AuthorizeUrl(new() { ["response_type"] = "token" }));
        var query = QueryHelpers.ParseQuery(browser.Location(response).Query);

        Assert.Equal(oidc.State, query["state"]);
        Assert.Equal(fixture.Issuer, query["iss"]);
    }

    private static void AssertError(Uri callback, string error)
    {
        Assert.Equal(Oidc.RpRedirect, callback.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(error, query["error"]);
        Assert.False(query.ContainsKey("code"));
    }
}
