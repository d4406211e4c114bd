using Microsoft.EntityFrameworkCore;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

/// <summary>
/// The origins our forms may end up at: the registered clients' redirect and post-logout addresses. A sign-in
/// or sign-out form's answer redirects there, and browsers check a page's CSP <c>form-action</c> on those
/// redirects, so the policy must name them; naming only them (not every http and https address) means a form
/// injected into one of our pages cannot post a password anywhere else. Kept for a minute so a page does not
/// read the clients table: a client registered meanwhile works within a minute.
/// </summary>
public sealed class ClientOrigins(IServiceScopeFactory scopes, TimeProvider time, ILogger<ClientOrigins> logger)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile Snapshot? current;

    /// <summary>
    /// Reads the clients again on the next page: for code in this process that has just changed them. A client
    /// changed from outside (another process, by hand) is picked up within a minute.
    /// </summary>
    public void Forget() => current = null;

    /// <summary>The origins, space-separated, for a CSP source list ("" when no client is registered).</summary>
    public async ValueTask<string> SourcesAsync(CancellationToken cancellationToken)
    {
        if (current is { } fresh && time.GetUtcNow() < fresh.ExpiresAt)
        {
            return fresh.Sources;
        }
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            if (current is { } refreshed && time.GetUtcNow() < refreshed.ExpiresAt)
            {
                return refreshed.Sources;
            }
            current = new Snapshot(await ReadAsync(cancellationToken), time.GetUtcNow() + Lifetime);
            return current.Sources;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Without the clients table the narrowest answer is the safe one: our own forms still work,
            // and the redirect back to a client is what fails (the database being down fails it anyway).
            // Kept for a few seconds, so pages (and health checks) do not queue behind a database that is down.
            logger.LogWarning(exception, "Could not read the registered clients for the form-action policy.");
            current = new Snapshot(current?.Sources ?? "", time.GetUtcNow() + RetryAfterFailure);
            return current.Sources;
        }
        finally
        {
            refreshing.Release();
        }
    }

    private async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDataContext>();
        var clients = await db.Clients.AsNoTracking()
            .Select(c => new { c.RedirectUris, c.PostLogoutRedirectUris })
            .ToListAsync(cancellationToken);
        var origins = clients
            .SelectMany(c => c.RedirectUris.Concat(c.PostLogoutRedirectUris))
            .Select(address => Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri.GetLeftPart(UriPartial.Authority)
                : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return string.Join(' ', origins);
    }

    private sealed record Snapshot(string Sources, DateTimeOffset ExpiresAt);
}
