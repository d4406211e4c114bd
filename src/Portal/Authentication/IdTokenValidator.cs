using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RightHelp.Portal.Authentication;

/// <summary>
/// Validates the id_token the provider returns with the access token. The framework's OAuth
/// handler does not (it knows nothing of OpenID Connect), and the id_token is what proves who
/// signed in: signature through the provider's JWKS, issuer, audience (this client) and lifetime.
/// </summary>
public sealed class IdTokenValidator
{
    private readonly IdentityProviderOptions options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> configuration;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public IdTokenValidator(IOptions<IdentityProviderOptions> options)
    {
        this.options = options.Value;
        configuration = new ConfigurationManager<OpenIdConnectConfiguration>(
            this.options.Authority.TrimEnd('/') + "/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = this.options.RequireHttpsMetadata });
    }

    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancellationToken)
        => configuration.GetConfigurationAsync(cancellationToken);

    public async Task<ClaimsIdentity> ValidateAsync(string idToken, CancellationToken cancellationToken)
    {
        var discovery = await configuration.GetConfigurationAsync(cancellationToken);
        var result = await handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = discovery.Issuer,
            ValidAudience = options.ClientId,
            IssuerSigningKeys = discovery.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSsaPssSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            NameClaimType = "name",
            RoleClaimType = "role",
            AuthenticationType = PortalAuthenticationDefaults.IdentityScheme,
        });
        if (!result.IsValid)
        {
            // Keys may have rotated since discovery was cached: refresh once, then fail.
            configuration.RequestRefresh();
            throw new SecurityTokenValidationException("The id_token from the Identity service is not valid.", result.Exception);
        }
        return result.ClaimsIdentity;
    }
}
