using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace RightHelp.Portal.Authentication;

/// <summary>
/// Keeps the access token fresh while the session lives. Runs when the session cookie is
/// validated: if the access token is about to expire it is exchanged with the refresh token
/// (which the provider rotates), and the session is rewritten. A refused refresh (revoked,
/// reused or expired) ends the session, so the person signs in again rather than seeing errors.
/// </summary>
public sealed class TokenRefresher(IHttpClientFactory httpClients, IdTokenValidator discovery, IOptions<IdentityProviderOptions> options, TimeProvider time)
{
    public const string HttpClientName = "identity";

    public async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is null || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires)
            || expires - time.GetUtcNow() > options.Value.RefreshBefore)
        {
            return;
        }

        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        var refreshed = refreshToken is null ? null : await RefreshAsync(refreshToken, context.HttpContext.RequestAborted);
        if (refreshed is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PortalAuthenticationDefaults.CookieScheme);
            return;
        }

        var tokens = context.Properties.GetTokens().ToDictionary(token => token.Name, token => token.Value, StringComparer.Ordinal);
        tokens["access_token"] = refreshed.Value.AccessToken;
        tokens["expires_at"] = time.GetUtcNow().AddSeconds(refreshed.Value.ExpiresIn).ToString("o", CultureInfo.InvariantCulture);
        if (refreshed.Value.RefreshToken is { } rotated)
        {
            tokens["refresh_token"] = rotated;
        }
        context.Properties.StoreTokens(tokens.Select(pair => new AuthenticationToken { Name = pair.Key, Value = pair.Value }));
        context.ShouldRenew = true;
    }

    private async Task<(string AccessToken, string? RefreshToken, int ExpiresIn)?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var configuration = await discovery.GetConfigurationAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
            }),
        };
        var credentials = Uri.EscapeDataString(options.Value.ClientId) + ":" + Uri.EscapeDataString(options.Value.ClientSecret);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = body.RootElement;
        return (root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var rotated) ? rotated.GetString() : null,
            root.TryGetProperty("expires_in", out var expiresIn) ? expiresIn.GetInt32() : 300);
    }
}
