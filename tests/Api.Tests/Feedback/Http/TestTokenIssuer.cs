using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using RightHelp.Api.Authentication;
using RightHelp.Api.Data.Seeding;

namespace RightHelp.Api.Tests.YouSaidWeDid.Http;

/// <summary>
/// Signs RFC 9068 access tokens like our Identity provider's, with a key the test owns; the Api's
/// own authentication handler validates them against a discovery document holding that key.
/// </summary>
public sealed class TestTokenIssuer : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey key;
    private readonly JsonWebTokenHandler handler = new();

    public TestTokenIssuer()
    {
        key = new RsaSecurityKey(rsa) { KeyId = "feedback-tests" };
        Configuration = new OpenIdConnectConfiguration { Issuer = DemoAccounts.Issuer };
        Configuration.SigningKeys.Add(key);
    }

    public OpenIdConnectConfiguration Configuration { get; }

    /// <summary>A token for a demo account; staff tokens carry the multi-factor context the Api requires.</summary>
    public string For(string subject, string role) => handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = DemoAccounts.Issuer,
        Audience = PortalAuthenticationDefaults.Audience,
        TokenType = "at+jwt",
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        Claims = new Dictionary<string, object>
        {
            ["sub"] = subject,
            ["role"] = role,
            ["scope"] = "openid profile",
            [PortalClaimTypes.AuthenticationContext] = PortalClaimTypes.MultiFactor,
        },
    });

    /// <summary>A client credentials token: the client id is the subject, and there is no role or account.</summary>
    public string ForClient(string clientId, string scope) => handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = DemoAccounts.Issuer,
        Audience = PortalAuthenticationDefaults.Audience,
        TokenType = "at+jwt",
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        Claims = new Dictionary<string, object>
        {
            ["sub"] = clientId,
            ["client_id"] = clientId,
            ["scope"] = scope,
        },
    });

    public void Dispose() => rsa.Dispose();
}
