using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

/// <summary><c>/connect/userinfo</c>: the claims the granted scopes allow, for a live access token.</summary>
public static class UserInfoEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, IdentityDataContext db, IssuerResolver issuers, TokenValidator validator, AccountLoader accounts)
    {
        string? token = null;
        if (AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            token = header.Parameter;
        }
        else if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType)
        {
            token = (await http.Request.ReadFormAsync())["access_token"];
        }
        if (string.IsNullOrEmpty(token))
        {
            return Unauthorized(null);
        }
        var jwt = await validator.ValidateAccessTokenAsync(token, issuers.Resolve(http));
        if (jwt is null || !jwt.TryGetPayloadValue<string>(ClaimNames.GrantId, out var grantText) || !Guid.TryParse(grantText, out var grantId))
        {
            return Unauthorized("invalid_token");
        }
        var grant = await db.Grants.AsNoTracking().FirstOrDefaultAsync(g => g.Id == grantId);
        if (grant is null || grant.RevokedAt is not null)
        {
            return Unauthorized("invalid_token");
        }
        if (!grant.Scopes.Contains(Scopes.OpenId))
        {
            return Results.Json(new { error = "insufficient_scope" }, statusCode: StatusCodes.Status403Forbidden);
        }
        var account = await accounts.LoadActiveAsync(grant.Subject);
        if (account is null)
        {
            return Unauthorized("invalid_token");
        }
        return new NoStoreResult(Results.Json(TokenFactory.UserInfo(grant, account)));
    }

    private static IResult Unauthorized(string? error) => new BearerChallenge(error);

    private sealed class BearerChallenge(string? error) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status401Unauthorized;
            httpContext.Response.Headers.WWWAuthenticate = error is null ? "Bearer" : $"Bearer error=\"{error}\"";
            return Task.CompletedTask;
        }
    }
}
