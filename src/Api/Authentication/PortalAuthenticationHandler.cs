using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RightHelp.Api.Authentication;

/// <summary>
/// Validates the access tokens our Identity provider issues (RFC 9068: <c>typ: at+jwt</c>,
/// audience <c>right-help-api</c>), with keys from its discovery document and JWKS. Unsigned
/// tokens (<c>alg: none</c>) and symmetric keys are refused: only asymmetric algorithms are
/// allowed, and only asymmetric keys from the JWKS are used.
/// </summary>
public sealed class PortalAuthenticationHandler(IOptionsMonitor<PortalAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<PortalAuthenticationOptions>(options, logger, encoder)
{
    private static readonly JsonWebTokenHandler Tokens = new() { MapInboundClaims = false };

    public static readonly IReadOnlyList<string> AllowedAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(header.Parameter))
        {
            return AuthenticateResult.NoResult();
        }
        var manager = Options.ConfigurationManager!;
        var configuration = await manager.GetConfigurationAsync(Context.RequestAborted);
        var result = await Tokens.ValidateTokenAsync(header.Parameter, Parameters(configuration));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException && TimeProvider.GetUtcNow() - Options.LastForcedRefresh > Options.RefreshInterval)
        {
            // The provider may have rotated its keys since we last looked. The manager refreshes
            // in the background, so this request reads discovery itself, at most once per interval.
            Options.LastForcedRefresh = TimeProvider.GetUtcNow();
            manager.RequestRefresh();
            configuration = await OpenIdConnectConfigurationRetriever.GetAsync(Options.MetadataAddress, Options.DocumentRetriever!, Context.RequestAborted);
            result = await Tokens.ValidateTokenAsync(header.Parameter, Parameters(configuration));
        }
        if (!result.IsValid)
        {
            Logger.LogInformation("Refused an access token: {Reason}", result.Exception?.GetType().Name);
            return AuthenticateResult.Fail("The access token is not valid.");
        }
        var identity = new ClaimsIdentity(result.ClaimsIdentity.Claims, Scheme.Name, PortalClaimTypes.Name, PortalClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Request.Headers.Authorization.Count > 0 ? "Bearer error=\"invalid_token\"" : "Bearer";
        return Task.CompletedTask;
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuer = configuration.Issuer,
        ValidAudience = Options.Audience,
        ValidTypes = ["at+jwt", "application/at+jwt"],
        ValidAlgorithms = AllowedAlgorithms,
        IssuerSigningKeys = configuration.SigningKeys.Where(IsAsymmetric).ToList(),
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = Options.ClockSkew,
        NameClaimType = PortalClaimTypes.Name,
        RoleClaimType = PortalClaimTypes.Role,
    };

    private static bool IsAsymmetric(SecurityKey key) => key switch
    {
        JsonWebKey jwk => jwk.Kty is JsonWebAlgorithmsKeyTypes.RSA or JsonWebAlgorithmsKeyTypes.EllipticCurve,
        AsymmetricSecurityKey => true,
        _ => false,
    };
}
