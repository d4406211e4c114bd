using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;

namespace RightHelp.Portal.Authentication;

/// <summary>
/// Keeps the whole sign-in (claims and tokens) on the server; the browser's cookie holds only a
/// random key. Tokens never reach the browser, and a stolen cookie can be revoked by removing
/// the entry. The cache is distributed so more than one Portal instance can share sessions.
/// </summary>
public sealed class DistributedTicketStore(IDistributedCache cache, IDataProtectionProvider protection) : ITicketStore
{
    private const string Prefix = "rh-session:";
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);
    private readonly IDataProtector protector = protection.CreateProtector("RightHelp.Portal.Sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var expires = ticket.Properties.ExpiresUtc ?? DateTimeOffset.UtcNow.Add(DefaultLifetime);
        var bytes = protector.Protect(TicketSerializer.Default.Serialize(ticket));
        return cache.SetAsync(Prefix + key, bytes, new DistributedCacheEntryOptions { AbsoluteExpiration = expires });
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var bytes = await cache.GetAsync(Prefix + key);
        if (bytes is null)
        {
            return null;
        }
        try
        {
            return TicketSerializer.Default.Deserialize(protector.Unprotect(bytes));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Keys changed (or the entry was tampered with): treat as signed out.
            return null;
        }
    }

    public Task RemoveAsync(string key) => cache.RemoveAsync(Prefix + key);
}
