using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Provider;

/// <summary>
/// Checks from the OpenID conformance suite's Basic OP profile that can run here (the suite's
/// own server cannot), adapted to a provider that only offers the code flow with PKCE.
/// </summary>
public sealed class BasicOpConformanceTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private readonly Oidc oidc = new(fixture);

    [Fact]
    public async Task Unknown_authorization_parameters_are_ignored()
    {
        var code = await oidc.CodeAsync(fixture.NewBrowser(), overrides: new() { ["extra"] = "foobar", ["display"] = "page" });

        Assert.Equal(HttpStatusCode.OK, (await oidc.ExchangeAsync(code)).Status);
    }

    [Fact]
    public async Task Without_a_nonce_the_id_token_has_none()
    {
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(fixture.NewBrowser(), overrides: new() { ["nonce"] = null }));

        Assert.False(Oidc.Read(tokens.IdToken).TryGetClaim("nonce", out _));
    }

    [Fact]
    public async Task The_id_token_at_hash_matches_the_access_token()
    {
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(fixture.NewBrowser()));
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(tokens.AccessToken));

        Assert.Equal(Base64UrlEncoder.Encode(hash, 0, 16), Oidc.Read(tokens.IdToken).GetClaim("at_hash").Value);
    }

    [Fact]
    public async Task The_id_token_is_signed_by_a_key_in_the_jwks()
    {
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(fixture.NewBrowser()));
        using var browser = fixture.NewBrowser();
        var jwks = new JsonWebKeySet(await browser.GetPageAsync(".well-known/jwks.json"));

        var result = await new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().ValidateTokenAsync(tokens.IdToken, new TokenValidationParameters
        {
            ValidIssuer = fixture.Issuer,
            ValidAudience = Oidc.RpClient,
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task Userinfo_accepts_the_token_in_a_POST_body()
    {
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(fixture.NewBrowser()));
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Issuer) };

        var response = await http.PostAsync("/connect/userinfo", new FormUrlEncodedContent(new Dictionary<string, string> { ["access_token"] = tokens.AccessToken }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Userinfo_without_a_token_answers_401_with_a_bearer_challenge()
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Issuer) };

        var response = await http.GetAsync("/connect/userinfo");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_refresh_can_narrow_the_scope_but_never_widen_it()
    {
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(fixture.NewBrowser()));

        var wider = await oidc.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.RefreshToken, ["scope"] = "openid api directory.write",
        }, Oidc.RpClient, Oidc.RpSecret);

        Assert.Equal("invalid_scope", wider.Error);
    }

    [Fact]
    public async Task The_token_endpoint_only_accepts_POST()
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Issuer) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("rp-test:rp-test-secret")));

        var response = await http.GetAsync("/connect/token?grant_type=client_credentials");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_repeated_authorization_parameter_is_refused()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.GetAsync(oidc.AuthorizeUrl() + "&client_id=portal");

        Assert.Equal("/problem", browser.Location(response).AbsolutePath);
    }

    [Fact]
    public async Task The_jwks_holds_public_keys_only()
    {
        using var browser = fixture.NewBrowser();

        var keys = JsonDocument.Parse(await browser.GetPageAsync(".well-known/jwks.json")).RootElement.GetProperty("keys");

        Assert.NotEmpty(keys.EnumerateArray());
        foreach (var key in keys.EnumerateArray())
        {
            Assert.Equal("RSA", key.GetProperty("kty").GetString());
            Assert.False(key.TryGetProperty("d", out _));
            Assert.False(key.TryGetProperty("p", out _));
        }
    }
}
