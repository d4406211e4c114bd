using Microsoft.IdentityModel.Tokens;
using RightHelp.Identity.Signing;

namespace RightHelp.Identity.Provider;

/// <summary>The public halves of the published signing keys; the private parts never leave <see cref="SigningKeyStore"/>.</summary>
public static class JwksEndpoint
{
    public static async Task<IResult> HandleAsync(SigningKeyStore store)
    {
        var keys = await store.GetPublishedKeysAsync();
        return Results.Json(new
        {
            keys = keys.Select(key =>
            {
                var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
                return new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = SecurityAlgorithms.RsaSha256,
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
                };
            }),
        });
    }
}
