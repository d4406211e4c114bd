using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using RightHelp.Identity.Accounts;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

/// <summary>
/// <c>/connect/endsession</c> (OpenID Connect RP-Initiated Logout 1.0): ends the session and
/// its grants, then returns to a post-logout URI only if it is registered, exactly, for the
/// client the <c>id_token_hint</c> was issued to.
/// </summary>
public static class EndSessionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, IdentityDataContext db, IssuerResolver issuers,
        TokenValidator validator, SessionSignIn sessions, GrantRevoker revoker)
    {
        var parameters = http.Request.HasFormContentType
            ? (await http.Request.ReadFormAsync()).ToDictionary(p => p.Key, p => p.Value.ToString())
            : http.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString());
        string? Get(string name) => parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        string? hintClient = null;
        string? hintSubject = null;
        if (Get("id_token_hint") is { } hint)
        {
            var jwt = await validator.ValidateIdTokenHintAsync(hint, issuers.Resolve(http));
            if (jwt is null)
            {
                return Results.Redirect("/problem?reason=id-token-hint");
            }
            hintClient = jwt.Audiences.FirstOrDefault();
            hintSubject = jwt.Subject;
        }
        var clientId = Get("client_id");
        if (clientId is not null && hintClient is not null && clientId != hintClient)
        {
            return Results.Redirect("/problem?reason=id-token-hint");
        }
        clientId ??= hintClient;

        string? returnTo = null;
        if (Get("post_logout_redirect_uri") is { } postLogout)
        {
            var client = clientId is null ? null : await db.Clients.FindAsync(clientId);
            if (client is null || hintClient is null || !client.PostLogoutRedirectUris.Contains(postLogout, StringComparer.Ordinal))
            {
                return Results.Redirect("/problem?reason=logout-redirect");
            }
            returnTo = Get("state") is { } state ? QueryHelpers.AddQueryString(postLogout, "state", state) : postLogout;
        }

        var session = await http.AuthenticateAsync(SessionSchemes.Session);
        if (session.Succeeded && session.Principal is { } principal)
        {
            var subject = principal.FindFirst(SessionClaims.Subject)?.Value;
            if (hintSubject is null || hintSubject == subject)
            {
                if (subject is not null && principal.FindFirst(SessionClaims.SessionId)?.Value is { } sid)
                {
                    await revoker.RevokeSessionAsync(subject, sid, "signed out");
                }
                await sessions.SignOutAsync(http);
            }
        }
        return Results.Redirect(returnTo ?? "/account/signed-out");
    }
}
