using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Provider;

/// <summary>The happy path of the authorization code flow, as the OpenID conformance Basic OP profile checks it.</summary>
public sealed class CodeFlowTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private readonly Oidc oidc = new(fixture);

    [Fact]
    public async Task Code_flow_returns_state_iss_and_tokens_with_the_nonce()
    {
        using var browser = fixture.NewBrowser();
        var callback = await oidc.SignInAndAuthorizeAsync(browser, "parent@example.test");
        var query = QueryHelpers.ParseQuery(callback.Query);

        Assert.Equal(Oidc.RpRedirect, callback.GetLeftPart(UriPartial.Path));
        Assert.Equal(oidc.State, query["state"]);
        Assert.Equal(fixture.Issuer, query["iss"]);

        var tokens = await oidc.ExchangeAsync(query["code"]!);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal("no-store", tokens.Response.Headers.CacheControl?.ToString());
        Assert.Equal("Bearer", tokens.Get("token_type"));

        var id = Oidc.Read(tokens.IdToken);
        Assert.Equal(fixture.Issuer, id.Issuer);
        Assert.Equal(["rp-test"], id.Audiences);
        Assert.Equal("0193a5c0-7a10-7c01-8a11-000000000001", id.Subject);
        Assert.Equal(oidc.Nonce, id.GetClaim("nonce").Value);
        Assert.Equal("RS256", id.Alg);
        Assert.True(id.TryGetPayloadValue<long>("auth_time", out _));

        var access = Oidc.Read(tokens.AccessToken);
        Assert.Equal("at+jwt", access.Typ);
        Assert.Equal(["right-help-api"], access.Audiences);
        Assert.Equal("rp-test", access.GetClaim("client_id").Value);
        Assert.Equal(["pwd"], access.GetPayloadValue<string[]>("amr"));
        Assert.Equal("urn:right-help:acr:single-factor", access.GetClaim("acr").Value);
        Assert.Equal("parent", access.GetClaim("role").Value);
        Assert.True(access.ValidTo - access.IssuedAt <= TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Userinfo_returns_the_same_subject_as_the_id_token()
    {
        using var browser = fixture.NewBrowser();
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(browser));

        var response = await oidc.UserInfoAsync(tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Oidc.Read(tokens.IdToken).Subject, body.GetProperty("sub").GetString());
        Assert.Equal("Kelly Harlow", body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Discovery_describes_only_what_is_supported()
    {
        using var browser = fixture.NewBrowser();
        var discovery = System.Text.Json.JsonDocument.Parse(await browser.GetPageAsync(".well-known/openid-configuration")).RootElement;

        Assert.Equal(fixture.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal(["code"], discovery.GetProperty("response_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(fixture.Issuer + "/.well-known/jwks.json", discovery.GetProperty("jwks_uri").GetString());
        Assert.True(discovery.GetProperty("authorization_response_iss_parameter_supported").GetBoolean());
    }
}
