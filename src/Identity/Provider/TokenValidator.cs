using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RightHelp.Identity.Signing;

namespace RightHelp.Identity.Provider;

/// <summary>Checks tokens this provider signed: for userinfo, revocation and <c>id_token_hint</c>.</summary>
public sealed class TokenValidator(SigningKeyStore keys)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<JsonWebToken?> ValidateAccessTokenAsync(string token, string issuer, bool checkLifetime = true)
    {
        var parameters = await ParametersAsync(issuer);
        parameters.ValidAudience = ProviderConstants.ApiAudience;
        parameters.ValidTypes = ["at+jwt"];
        parameters.ValidateLifetime = checkLifetime;
        var result = await Handler.ValidateTokenAsync(token, parameters);
        return result.IsValid ? (JsonWebToken)result.SecurityToken : null;
    }

    /// <summary>An ID token we issued, expired or not (logout hints are often old).</summary>
    public async Task<JsonWebToken?> ValidateIdTokenHintAsync(string token, string issuer)
    {
        var parameters = await ParametersAsync(issuer);
        parameters.ValidateAudience = false;
        parameters.ValidateLifetime = false;
        var result = await Handler.ValidateTokenAsync(token, parameters);
        return result.IsValid ? (JsonWebToken)result.SecurityToken : null;
    }

    private async Task<TokenValidationParameters> ParametersAsync(string issuer) => new()
    {
        ValidIssuer = issuer,
        IssuerSigningKeys = await keys.GetPublishedKeysAsync(),
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromSeconds(30),
    };
}
