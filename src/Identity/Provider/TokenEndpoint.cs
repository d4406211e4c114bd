using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

/// <summary>
/// <c>/connect/token</c>: authorization_code, refresh_token and client_credentials, for
/// confidential clients only.
/// </summary>
public static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, IdentityDataContext db, ClientAuthenticator authenticator,
        IssuerResolver issuers, TokenFactory tokens, AccountLoader accounts, GrantRevoker revoker, TimeProvider time)
    {
        if (!http.Request.HasFormContentType)
        {
            return OAuthErrors.Token("invalid_request", "Send the request as application/x-www-form-urlencoded.");
        }
        var form = await http.Request.ReadFormAsync();
        if (form.Any(p => p.Value.Count > 1))
        {
            return OAuthErrors.Token("invalid_request", "A parameter was repeated.");
        }
        var authentication = await authenticator.AuthenticateAsync(http, form);
        if (authentication.Client is not { } client)
        {
            return OAuthErrors.InvalidClient(authentication.UsedBasic);
        }
        var grantType = form["grant_type"].ToString();
        if (grantType is not (GrantTypes.AuthorizationCode or GrantTypes.RefreshToken or GrantTypes.ClientCredentials))
        {
            return OAuthErrors.Token("unsupported_grant_type", "grant_type must be authorization_code, refresh_token or client_credentials.");
        }
        if (!client.AllowedGrantTypes.Contains(grantType))
        {
            return OAuthErrors.Token("unauthorized_client", $"This client may not use {grantType}.");
        }
        var context = new TokenContext(db, client, issuers.Resolve(http), tokens, accounts, revoker, time.GetUtcNow());
        return grantType switch
        {
            GrantTypes.AuthorizationCode => await ExchangeCodeAsync(context, form),
            GrantTypes.RefreshToken => await RefreshAsync(context, form),
            _ => await ClientCredentialsAsync(context, form),
        };
    }

    private static async Task<IResult> ExchangeCodeAsync(TokenContext context, IFormCollection form)
    {
        var db = context.Db;
        var code = form["code"].ToString();
        var row = code.Length == 0 ? null : await db.AuthorizationCodes.AsNoTracking().FirstOrDefaultAsync(c => c.CodeHash == OpaqueTokens.Hash(code));
        if (row is null || row.ClientId != context.Client.ClientId)
        {
            return OAuthErrors.Token("invalid_grant", "The authorization code is not valid.");
        }
        // Single use, decided by one UPDATE so two racing requests cannot both succeed.
        var consumed = await db.AuthorizationCodes
            .Where(c => c.Id == row.Id && c.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsumedAt, context.Now));
        if (consumed == 0)
        {
            // RFC 6749 section 4.1.2: a code used twice revokes what it already issued.
            await context.Revoker.RevokeAsync(row.GrantId, "authorization code replayed");
            return OAuthErrors.Token("invalid_grant", "The authorization code has already been used.");
        }
        if (row.ExpiresAt <= context.Now)
        {
            return OAuthErrors.Token("invalid_grant", "The authorization code has expired.");
        }
        if (form["redirect_uri"].ToString() != row.RedirectUri)
        {
            return OAuthErrors.Token("invalid_grant", "redirect_uri does not match the authorization request.");
        }
        var verifier = form["code_verifier"].ToString();
        if (!OpaqueTokens.IsValidPkceValue(verifier)
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(OpaqueTokens.S256(verifier)), Encoding.ASCII.GetBytes(row.CodeChallenge)))
        {
            return OAuthErrors.Token("invalid_grant", "code_verifier does not match the code_challenge.");
        }
        var grant = await db.Grants.AsNoTracking().FirstAsync(g => g.Id == row.GrantId);
        if (grant.RevokedAt is not null)
        {
            return OAuthErrors.Token("invalid_grant", "The authorization has been revoked.");
        }
        var account = await context.Accounts.LoadActiveAsync(grant.Subject);
        if (account is null)
        {
            return OAuthErrors.Token("invalid_grant", "The account is no longer active.");
        }
        return await IssueAsync(context, grant, grant.Scopes, account, row.Nonce);
    }

    private static async Task<IResult> RefreshAsync(TokenContext context, IFormCollection form)
    {
        var db = context.Db;
        var presented = form["refresh_token"].ToString();
        var row = presented.Length == 0 ? null : await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == OpaqueTokens.Hash(presented));
        var grant = row is null ? null : await db.Grants.AsNoTracking().FirstOrDefaultAsync(g => g.Id == row.GrantId);
        if (row is null || grant is null || grant.ClientId != context.Client.ClientId)
        {
            return OAuthErrors.Token("invalid_grant", "The refresh token is not valid.");
        }
        var consumed = await db.RefreshTokens
            .Where(t => t.Id == row.Id && t.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ConsumedAt, context.Now));
        if (consumed == 0)
        {
            // A rotated token came back: either the client or a thief holds a stale copy, and we
            // cannot tell which, so the whole family goes (RFC 9700 section 4.14.2).
            await context.Revoker.RevokeAsync(grant.Id, "refresh token reused");
            return OAuthErrors.Token("invalid_grant", "The refresh token has already been used; the session has been ended.");
        }
        if (grant.RevokedAt is not null || row.ExpiresAt <= context.Now)
        {
            return OAuthErrors.Token("invalid_grant", "The refresh token has expired or been revoked.");
        }
        var scopes = grant.Scopes;
        if (form["scope"].ToString() is { Length: > 0 } requested)
        {
            var narrowed = Scopes.Parse(requested);
            if (narrowed.Any(s => !grant.Scopes.Contains(s)))
            {
                return OAuthErrors.Token("invalid_scope", "A refresh cannot add scopes.");
            }
            scopes = narrowed;
        }
        var account = await context.Accounts.LoadActiveAsync(grant.Subject);
        if (account is null)
        {
            await context.Revoker.RevokeAsync(grant.Id, "account no longer active");
            return OAuthErrors.Token("invalid_grant", "The account is no longer active.");
        }
        return await IssueAsync(context, grant, scopes, account, nonce: null);
    }

    private static async Task<IResult> ClientCredentialsAsync(TokenContext context, IFormCollection form)
    {
        var client = context.Client;
        var scopes = Scopes.Parse(form["scope"]);
        if (scopes.Length == 0)
        {
            scopes = client.AllowedScopes;
        }
        if (scopes.Any(s => !client.AllowedScopes.Contains(s) || s is Scopes.OpenId or Scopes.OfflineAccess))
        {
            return OAuthErrors.Token("invalid_scope", "A requested scope is not allowed for this client.");
        }
        var grant = new Grant
        {
            Id = Guid.NewGuid(),
            ClientId = client.ClientId,
            Subject = client.ClientId,
            Scopes = scopes,
            CreatedAt = context.Now,
        };
        context.Db.Grants.Add(grant);
        await context.Db.SaveChangesAsync();
        var accessToken = await context.Tokens.CreateAccessTokenAsync(context.Issuer, grant, scopes, account: null);
        return new NoStoreResult(Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)ProviderConstants.AccessTokenLifetime.TotalSeconds,
            ["scope"] = string.Join(' ', scopes),
        }));
    }

    private static async Task<IResult> IssueAsync(TokenContext context, Grant grant, string[] scopes, AccountSnapshot account, string? nonce)
    {
        var response = new Dictionary<string, object>();
        var accessToken = await context.Tokens.CreateAccessTokenAsync(context.Issuer, grant, scopes, account);
        response["access_token"] = accessToken;
        response["token_type"] = "Bearer";
        response["expires_in"] = (int)ProviderConstants.AccessTokenLifetime.TotalSeconds;
        response["scope"] = string.Join(' ', scopes);
        if (scopes.Contains(Scopes.OpenId))
        {
            response["id_token"] = await context.Tokens.CreateIdTokenAsync(context.Issuer, grant, account, nonce, accessToken);
        }
        if (grant.Scopes.Contains(Scopes.OfflineAccess) && context.Client.AllowedGrantTypes.Contains(GrantTypes.RefreshToken))
        {
            var refresh = OpaqueTokens.New();
            context.Db.RefreshTokens.Add(new RefreshToken
            {
                Id = Guid.NewGuid(),
                TokenHash = OpaqueTokens.Hash(refresh),
                GrantId = grant.Id,
                CreatedAt = context.Now,
                ExpiresAt = context.Now + ProviderConstants.RefreshTokenLifetime,
            });
            await context.Db.SaveChangesAsync();
            response["refresh_token"] = refresh;
        }
        return new NoStoreResult(Results.Json(response));
    }

    private sealed record TokenContext(IdentityDataContext Db, Client Client, string Issuer, TokenFactory Tokens,
        AccountLoader Accounts, GrantRevoker Revoker, DateTimeOffset Now);
}
