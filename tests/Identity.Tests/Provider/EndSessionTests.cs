using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Provider;

/// <summary>Mirrors the OpenID conformance RP-initiated logout module.</summary>
public sealed class EndSessionTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private readonly Oidc oidc = new(fixture);

    [Fact]
    public async Task Logout_with_id_token_hint_returns_to_the_registered_address_with_state_and_ends_the_session()
    {
        using var browser = fixture.NewBrowser();
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(browser));

        var response = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["id_token_hint"] = tokens.IdToken, ["post_logout_redirect_uri"] = Oidc.RpPostLogout, ["state"] = "bye-123",
        }));

        Assert.Equal(Oidc.RpPostLogout + "?state=bye-123", browser.Location(response).ToString());
        var authorize = await browser.GetAsync(oidc.AuthorizeUrl(new() { ["prompt"] = "none" }));
        Assert.Equal("login_required", QueryHelpers.ParseQuery(browser.Location(authorize).Query)["error"]);
        Assert.Equal("invalid_grant", (await oidc.RefreshAsync(tokens.RefreshToken)).Error);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5999/signed-out/")]
    [InlineData("http://127.0.0.1:5999/callback")]
    [InlineData("https://evil.example.test/")]
    public async Task An_unregistered_post_logout_address_is_refused(string postLogout)
    {
        using var browser = fixture.NewBrowser();
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(browser));

        var response = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["id_token_hint"] = tokens.IdToken, ["post_logout_redirect_uri"] = postLogout,
        }));

        Assert.Equal("/problem", browser.Location(response).AbsolutePath);
    }

    [Fact]
    public async Task A_post_logout_address_without_an_id_token_hint_is_refused()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.GetAsync("/connect/endsession?post_logout_redirect_uri=" + Uri.EscapeDataString(Oidc.RpPostLogout));

        Assert.Equal("/problem", browser.Location(response).AbsolutePath);
    }

    [Fact]
    public async Task A_tampered_id_token_hint_is_refused()
    {
        using var browser = fixture.NewBrowser();
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(browser));
        var parts = tokens.IdToken.Split('.');
        var tampered = parts[0] + "." + parts[1] + "." + new string(parts[2].Reverse().ToArray());

        var response = await browser.GetAsync("/connect/endsession?id_token_hint=" + tampered);

        Assert.Equal("/problem", browser.Location(response).AbsolutePath);
    }

    [Fact]
    public async Task Logout_without_a_return_address_shows_the_signed_out_page()
    {
        using var browser = fixture.NewBrowser();
        await oidc.CodeAsync(browser);

        var response = await browser.FollowAsync(await browser.GetAsync("/connect/endsession"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You have signed out", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
