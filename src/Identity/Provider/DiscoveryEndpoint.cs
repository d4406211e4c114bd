using RightHelp.Identity.Accounts;

namespace RightHelp.Identity.Provider;

/// <summary><c>/.well-known/openid-configuration</c>: what this provider supports, and nothing it does not.</summary>
public static class DiscoveryEndpoint
{
    public static IResult Handle(HttpContext http, IssuerResolver issuers)
    {
        var issuer = issuers.Resolve(http);
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = issuer + ProviderConstants.AuthorizePath,
            ["token_endpoint"] = issuer + ProviderConstants.TokenPath,
            ["userinfo_endpoint"] = issuer + ProviderConstants.UserInfoPath,
            ["end_session_endpoint"] = issuer + ProviderConstants.EndSessionPath,
            ["revocation_endpoint"] = issuer + ProviderConstants.RevocationPath,
            ["jwks_uri"] = issuer + ProviderConstants.JwksPath,
            ["scopes_supported"] = Scopes.All,
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "query" },
            ["grant_types_supported"] = new[] { GrantTypes.AuthorizationCode, GrantTypes.RefreshToken, GrantTypes.ClientCredentials },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post" },
            ["revocation_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["prompt_values_supported"] = new[] { "none", "login", "consent", "select_account" },
            ["acr_values_supported"] = new[] { AuthenticationMethods.SingleFactor, AuthenticationMethods.MultiFactor },
            ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "amr", "azp", "sid", "name", "email", "email_verified", ClaimNames.Role, ClaimNames.PersonId, ClaimNames.FamilyId, ClaimNames.Organisation },
            ["claims_parameter_supported"] = false,
            ["request_parameter_supported"] = false,
            ["request_uri_parameter_supported"] = false,
            ["authorization_response_iss_parameter_supported"] = true,
        });
    }
}
