using Microsoft.EntityFrameworkCore;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

/// <summary>
/// <c>/connect/revocation</c> (RFC 7009). Revoking either kind of token ends its family. The
/// answer is 200 whether or not the token was known, so it tells a caller nothing.
/// </summary>
public static class RevocationEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, IdentityDataContext db, ClientAuthenticator authenticator,
        IssuerResolver issuers, TokenValidator validator, GrantRevoker revoker)
    {
        if (!http.Request.HasFormContentType)
        {
            return OAuthErrors.Token("invalid_request", "Send the request as application/x-www-form-urlencoded.");
        }
        var form = await http.Request.ReadFormAsync();
        var authentication = await authenticator.AuthenticateAsync(http, form);
        if (authentication.Client is not { } client)
        {
            return OAuthErrors.InvalidClient(authentication.UsedBasic);
        }
        var token = form["token"].ToString();
        if (token.Length == 0)
        {
            return OAuthErrors.Token("invalid_request", "token is required.");
        }

        var hash = OpaqueTokens.Hash(token);
        var refresh = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash);
        if (refresh is not null)
        {
            var grant = await db.Grants.AsNoTracking().FirstAsync(g => g.Id == refresh.GrantId);
            if (grant.ClientId == client.ClientId)
            {
                await revoker.RevokeAsync(grant.Id, "revoked by the client");
            }
            return Results.Ok();
        }
        var jwt = await validator.ValidateAccessTokenAsync(token, issuers.Resolve(http), checkLifetime: false);
        if (jwt is not null
            && jwt.TryGetPayloadValue<string>(ClaimNames.ClientId, out var owner) && owner == client.ClientId
            && jwt.TryGetPayloadValue<string>(ClaimNames.GrantId, out var grantText) && Guid.TryParse(grantText, out var grantId))
        {
            await revoker.RevokeAsync(grantId, "revoked by the client");
        }
        return Results.Ok();
    }
}
