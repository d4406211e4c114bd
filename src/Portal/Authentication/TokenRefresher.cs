using System.Collections.Concurrent;
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
/// <para>
/// Two requests on one session (a page and its calendar download, two tabs) can both find the
/// token about to expire. The provider treats a second use of a rotated refresh token as theft
/// and ends the whole token family, which would sign the person out. So one refresh runs per
/// refresh token, and its result is shared with every request holding that token for a short
/// while after, including one that read the session just before the first request rewrote it.
/// The guard is per Portal process; several instances would need the session store to serialise.
/// </para>
/// </summary>
public sealed class TokenRefresher(IHttpClientFactory httpClients, IdTokenValidator discovery, IOptions<IdentityProviderOptions> options, TimeProvider time)
{
    public const string HttpClientName = "identity";

    /// <summary>How long a finished refresh is handed to late requests holding the old token.</summary>
    private static readonly TimeSpan SharedFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, SharedRefresh> _refreshes = new(StringComparer.Ordinal);

    public async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is null || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires)
            || expires - time.GetUtcNow() > options.Value.RefreshBefore)
        {
            return;
        }

        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        var refreshed = refreshToken is null ? null : await RefreshOnceAsync(refreshToken);
        if (refreshed is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PortalAuthenticationDefaults.CookieScheme);
            return;
        }

        var tokens = context.Properties.GetTokens().ToDictionary(token => token.Name, token => token.Value, StringComparer.Ordinal);
        tokens["access_token"] = refreshed.AccessToken;
        tokens["expires_at"] = time.GetUtcNow().AddSeconds(refreshed.ExpiresIn).ToString("o", CultureInfo.InvariantCulture);
        if (refreshed.RefreshToken is { } rotated)
        {
            tokens["refresh_token"] = rotated;
        }
        context.Properties.StoreTokens(tokens.Select(pair => new AuthenticationToken { Name = pair.Key, Value = pair.Value }));
        context.ShouldRenew = true;
    }

    private Task<RefreshedTokens?> RefreshOnceAsync(string refreshToken)
    {
        var now = time.GetUtcNow();
        foreach (var (token, old) in _refreshes)
        {
            if (old.StartedAt + SharedFor < now)
            {
                _refreshes.TryRemove(new KeyValuePair<string, SharedRefresh>(token, old));
            }
        }
        // Not the caller's cancellation token: the refresh is shared, and one request going away
        // must not fail the others waiting on it.
        var shared = _refreshes.GetOrAdd(refreshToken, token => new SharedRefresh(now, new Lazy<Task<RefreshedTokens?>>(() => RefreshAsync(token, CancellationToken.None))));
        return AwaitSharedAsync(refreshToken, shared);
    }

    // A refresh that failed to happen (the provider unreachable, a broken answer) is forgotten at
    // once, so the next request tries again instead of being handed the same failure for 30 s.
    // A refused refresh is an answer, not a failure, and stays shared.
    private async Task<RefreshedTokens?> AwaitSharedAsync(string refreshToken, SharedRefresh shared)
    {
        try
        {
            return await shared.Result.Value;
        }
        catch
        {
            _refreshes.TryRemove(new KeyValuePair<string, SharedRefresh>(refreshToken, shared));
            throw;
        }
    }

    private async Task<RefreshedTokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
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
        return new RefreshedTokens(root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var rotated) ? rotated.GetString() : null,
            root.TryGetProperty("expires_in", out var expiresIn) ? expiresIn.GetInt32() : 300);
    }
}
