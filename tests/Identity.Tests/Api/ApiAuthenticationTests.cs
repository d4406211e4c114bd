using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RightHelp.Identity.Signing;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Api;

/// <summary>The Api's handler against real tokens from the real provider, found through discovery and JWKS.</summary>
public sealed class ApiAuthenticationTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>, IAsyncLifetime
{
    private readonly Oidc oidc = new(fixture);
    private ApiHost api = null!;

    public async Task InitializeAsync() => api = await ApiHost.StartAsync(fixture.Issuer);

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_real_access_token_is_accepted_and_its_claims_reach_the_Api()
    {
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(fixture.NewBrowser()));

        var response = await api.GetMeAsync(tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claims = JsonSerializer.Deserialize<string[][]>(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(claims, c => c[0] == "sub" && c[1] == "0193a5c0-7a10-7c01-8a11-000000000001");
        Assert.Contains(claims, c => c[0] == "role" && c[1] == "parent");
        Assert.Contains(claims, c => c[0] == "amr" && c[1] == "pwd");
        Assert.Contains(claims, c => c[0] == "iss" && c[1] == fixture.Issuer);
    }

    [Fact]
    public async Task A_client_credentials_token_is_accepted()
    {
        var token = await oidc.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, "partner-demo", "partner-demo-secret");

        Assert.Equal(HttpStatusCode.OK, (await api.GetMeAsync(token.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task No_token_means_401_with_a_bearer_challenge()
    {
        var response = await api.GetMeAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task An_id_token_is_refused_because_its_type_and_audience_are_wrong()
    {
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(fixture.NewBrowser()));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetMeAsync(tokens.IdToken)).StatusCode);
    }

    [Fact]
    public async Task A_token_of_the_right_type_but_plain_JWT_typ_is_refused()
        => Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetMeAsync(await SignAsync(type: "JWT"))).StatusCode);

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
        => Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetMeAsync(await SignAsync(audience: "someone-else"))).StatusCode);

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
        => Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetMeAsync(await SignAsync(issuer: "http://127.0.0.1:1"))).StatusCode);

    [Fact]
    public async Task An_expired_token_is_refused()
        => Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetMeAsync(await SignAsync(expires: DateTime.UtcNow.AddMinutes(-5)))).StatusCode);

    [Fact]
    public async Task A_correctly_built_token_signed_by_the_provider_is_accepted()
        => Assert.Equal(HttpStatusCode.OK, (await api.GetMeAsync(await SignAsync())).StatusCode);

    [Fact]
    public async Task A_token_with_alg_none_is_refused()
    {
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}");
        var valid = new JsonWebToken(await SignAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetMeAsync(header + "." + valid.EncodedPayload + ".")).StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_a_symmetric_key_is_refused()
    {
        var kid = new JsonWebToken(await SignAsync()).Kid;
        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('s', 64))) { KeyId = kid }, SecurityAlgorithms.HmacSha256);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetMeAsync(await SignAsync(credentials: credentials))).StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_the_provider_does_not_publish_is_refused()
    {
        var credentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "not-ours" }, SecurityAlgorithms.RsaSha256);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetMeAsync(await SignAsync(credentials: credentials))).StatusCode);
    }

    [Fact]
    public async Task After_the_provider_rotates_its_key_new_tokens_are_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.GetMeAsync(await SignAsync())).StatusCode);
        await fixture.App.Service<SigningKeyStore>().RotateNowAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(HttpStatusCode.OK, (await api.GetMeAsync(await SignAsync())).StatusCode);
    }

    private async Task<string> SignAsync(string type = "at+jwt", string audience = "right-help-api", string? issuer = null,
        DateTime? expires = null, SigningCredentials? credentials = null)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddMinutes(5);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? fixture.Issuer,
            Audience = audience,
            IssuedAt = expiry.AddMinutes(-10),
            NotBefore = expiry.AddMinutes(-10),
            Expires = expiry,
            TokenType = type,
            Claims = new Dictionary<string, object> { ["sub"] = "0193a5c0-7a10-7c01-8a11-000000000001", ["client_id"] = "rp-test" },
            SigningCredentials = credentials ?? await fixture.App.Service<SigningKeyStore>().GetSigningCredentialsAsync(),
        });
    }
}
