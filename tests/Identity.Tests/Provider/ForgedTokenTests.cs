using System.Net;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Provider;

/// <summary>Tokens we did not sign, or signed in a way we do not accept, are refused.</summary>
public sealed class ForgedTokenTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private readonly Oidc oidc = new(fixture);

    [Fact]
    public async Task An_unsigned_token_with_alg_none_is_refused()
    {
        var real = Oidc.Read((await oidc.ExchangeAsync(await oidc.CodeAsync(fixture.NewBrowser()))).AccessToken);
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}");
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(real.EncodedPayload.Length > 0 ? Base64UrlEncoder.Decode(real.EncodedPayload) : ""));

        var response = await oidc.UserInfoAsync(header + "." + payload + ".");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_a_symmetric_key_is_refused()
    {
        var real = Oidc.Read((await oidc.ExchangeAsync(await oidc.CodeAsync(fixture.NewBrowser()))).AccessToken);
        var forged = new JsonWebTokenHandler().CreateToken(Base64UrlEncoder.Decode(real.EncodedPayload),
            new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64))) { KeyId = real.Kid }, SecurityAlgorithms.HmacSha256),
            new Dictionary<string, object> { ["typ"] = "at+jwt" });

        var response = await oidc.UserInfoAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_id_token_is_not_accepted_as_an_access_token()
    {
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(fixture.NewBrowser()));

        var response = await oidc.UserInfoAsync(tokens.IdToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
