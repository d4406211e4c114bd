using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using RightHelp.Portal.RateLimiting;

namespace RightHelp.Portal.Authentication;

/// <summary>Sign in (a challenge to the Identity service) and sign out (here, then there).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sign-in", (string? returnUrl) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }))
            .RequireRateLimiting(PortalRateLimits.SignIn);

        // A form post with an antiforgery token, so another site cannot sign a person out.
        app.MapPost("/sign-out", async (HttpContext http, IAntiforgery antiforgery, IdTokenValidator discovery, IOptions<IdentityProviderOptions> options) =>
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.BadRequest();
            }
            var idToken = await http.GetTokenAsync(PortalAuthenticationDefaults.CookieScheme, "id_token");
            await http.SignOutAsync(PortalAuthenticationDefaults.CookieScheme);
            var signedOut = $"{http.Request.Scheme}://{http.Request.Host}{PortalAuthenticationDefaults.SignedOutPath}";
            if (idToken is null)
            {
                return Results.Redirect(PortalAuthenticationDefaults.SignedOutPath);
            }
            var configuration = await discovery.GetConfigurationAsync(http.RequestAborted);
            var endSession = QueryHelpers.AddQueryString(configuration.EndSessionEndpoint, new Dictionary<string, string?>
            {
                ["id_token_hint"] = idToken,
                ["post_logout_redirect_uri"] = signedOut,
                ["client_id"] = options.Value.ClientId,
            });
            return Results.Redirect(endSession);
        });
        return app;
    }

    private static string LocalOrHome(string? returnUrl)
        => returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
