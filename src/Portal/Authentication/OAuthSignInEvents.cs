using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;

namespace RightHelp.Portal.Authentication;

/// <summary>
/// Turns the provider's token response into the Portal's session: the id_token is validated
/// and its claims become the signed-in person; the id_token is kept (server-side) for sign-out.
/// </summary>
public static class OAuthSignInEvents
{
    public static async Task CreatingTicketAsync(OAuthCreatingTicketContext context)
    {
        if (!context.TokenResponse.Response!.RootElement.TryGetProperty("id_token", out var idTokenElement)
            || idTokenElement.GetString() is not { Length: > 0 } idToken)
        {
            context.Fail("The Identity service did not return an id_token.");
            return;
        }

        var validator = context.HttpContext.RequestServices.GetRequiredService<IdTokenValidator>();
        var identity = await validator.ValidateAsync(idToken, context.HttpContext.RequestAborted);
        foreach (var claim in identity.Claims)
        {
            if (claim.Type is "sub" or "name" or "email" or "role" or "person_id" or "family_id" or "organisation" or "amr" or "acr")
            {
                context.Identity!.AddClaim(new Claim(claim.Type, claim.Value, claim.ValueType, claim.Issuer));
            }
        }

        var tokens = context.Properties.GetTokens().ToList();
        tokens.Add(new AuthenticationToken { Name = "id_token", Value = idToken });
        context.Properties.StoreTokens(tokens);
    }
}
