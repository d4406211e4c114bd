using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RightHelp.Identity.Data;
using RightHelp.Identity.Signing;

namespace RightHelp.Identity.Provider;

/// <summary>Signs access tokens (RFC 9068 JWTs for the Api) and ID tokens (for the client).</summary>
public sealed class TokenFactory(SigningKeyStore keys, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<string> CreateAccessTokenAsync(string issuer, Grant grant, IReadOnlyCollection<string> scopes, AccountSnapshot? account)
    {
        var now = time.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = grant.Subject,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            [ClaimNames.ClientId] = grant.ClientId,
            [ClaimNames.Scope] = string.Join(' ', scopes),
            [ClaimNames.GrantId] = grant.Id.ToString(),
        };
        AddAuthentication(claims, grant);
        if (account is not null)
        {
            AddAccount(claims, account, includeEmail: true);
        }
        return await SignAsync(issuer, ProviderConstants.ApiAudience, claims, now, ProviderConstants.AccessTokenLifetime, "at+jwt");
    }

    public async Task<string> CreateIdTokenAsync(string issuer, Grant grant, AccountSnapshot account, string? nonce, string? accessToken)
    {
        var now = time.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = grant.Subject,
            [JwtRegisteredClaimNames.Azp] = grant.ClientId,
        };
        if (grant.SessionId is not null)
        {
            claims["sid"] = grant.SessionId;
        }
        if (nonce is not null)
        {
            claims[JwtRegisteredClaimNames.Nonce] = nonce;
        }
        if (accessToken is not null)
        {
            var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
            claims[JwtRegisteredClaimNames.AtHash] = Base64UrlEncoder.Encode(hash, 0, hash.Length / 2);
        }
        AddAuthentication(claims, grant);
        if (grant.Scopes.Contains(Scopes.Profile))
        {
            AddAccount(claims, account, includeEmail: grant.Scopes.Contains(Scopes.Email));
        }
        return await SignAsync(issuer, grant.ClientId, claims, now, ProviderConstants.IdTokenLifetime, "JWT");
    }

    /// <summary>The claims userinfo returns for the scopes granted.</summary>
    public static Dictionary<string, object> UserInfo(Grant grant, AccountSnapshot account)
    {
        var claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = grant.Subject };
        if (grant.Scopes.Contains(Scopes.Profile))
        {
            AddAccount(claims, account, includeEmail: false);
        }
        if (grant.Scopes.Contains(Scopes.Email) || grant.Scopes.Contains(Scopes.Profile))
        {
            claims[JwtRegisteredClaimNames.Email] = account.Account.Email ?? "";
            claims["email_verified"] = account.Account.EmailConfirmed;
        }
        return claims;
    }

    private static void AddAuthentication(Dictionary<string, object> claims, Grant grant)
    {
        if (grant.AuthTime is { } authTime)
        {
            claims[JwtRegisteredClaimNames.AuthTime] = authTime.ToUnixTimeSeconds();
        }
        if (grant.Amr.Length > 0)
        {
            claims[JwtRegisteredClaimNames.Amr] = grant.Amr;
        }
        if (grant.Acr is not null)
        {
            claims[JwtRegisteredClaimNames.Acr] = grant.Acr;
        }
    }

    private static void AddAccount(Dictionary<string, object> claims, AccountSnapshot snapshot, bool includeEmail)
    {
        var account = snapshot.Account;
        claims[JwtRegisteredClaimNames.Name] = account.DisplayName;
        if (snapshot.Roles.Count > 0)
        {
            claims[ClaimNames.Role] = snapshot.Roles.ToArray();
        }
        if (account.PersonId is { } person)
        {
            claims[ClaimNames.PersonId] = person.ToString();
        }
        if (account.FamilyId is { } family)
        {
            claims[ClaimNames.FamilyId] = family.ToString();
        }
        if (account.Organisation is { } organisation)
        {
            claims[ClaimNames.Organisation] = organisation;
        }
        if (includeEmail && account.Email is { } email)
        {
            claims[JwtRegisteredClaimNames.Email] = email;
        }
    }

    private async Task<string> SignAsync(string issuer, string audience, Dictionary<string, object> claims, DateTimeOffset now, TimeSpan lifetime, string type)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = await keys.GetSigningCredentialsAsync(),
            TokenType = type,
        };
        return Handler.CreateToken(descriptor);
    }
}
