using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Signing;

/// <summary>
/// The provider's RSA signing keys, kept in the database with the private part protected by
/// Data Protection (whose keys are in the database too), so every instance and every restart
/// signs with the same keys.
/// </summary>
/// <remarks>
/// Rotation with overlap: a new key is published as soon as it is made, but only starts
/// signing when the current one retires, a week later; a retired key stays in the JWKS for a
/// day after its last signature, longer than any token it signed lives.
/// </remarks>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan SigningPeriod = TimeSpan.FromDays(30);
    public static readonly TimeSpan PublishAhead = TimeSpan.FromDays(7);
    public static readonly TimeSpan PublishAfter = TimeSpan.FromDays(1);
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private readonly IDataProtector protector = protection.CreateProtector("RightHelp.Identity.SigningKeys.v1");
    private readonly SemaphoreSlim gate = new(1, 1);
    private KeySet? cache;

    /// <summary>The key that signs now.</summary>
    public async Task<SigningCredentials> GetSigningCredentialsAsync()
    {
        var set = await GetAsync();
        var now = time.GetUtcNow();
        var key = set.Keys
            .Where(k => k.Row.SignFrom <= now && now < k.Row.SignUntil)
            .OrderByDescending(k => k.Row.SignFrom)
            .FirstOrDefault();
        if (key is null)
        {
            await EnsureKeysAsync();
            return await GetSigningCredentialsAsync();
        }
        return new SigningCredentials(key.Key, key.Row.Algorithm);
    }

    /// <summary>Every key a verifier should accept now: signing, about to sign, or recently retired.</summary>
    public async Task<IReadOnlyList<RsaSecurityKey>> GetPublishedKeysAsync()
    {
        var set = await GetAsync();
        var now = time.GetUtcNow();
        return set.Keys.Where(k => k.Row.PublishUntil > now && k.Row.CreatedAt <= now).Select(k => k.Key).ToList();
    }

    /// <summary>Makes sure a key signs now and, near the end of its period, that its successor is published.</summary>
    public async Task EnsureKeysAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDataContext>();
        var now = time.GetUtcNow();
        var latest = await db.SigningKeys.OrderByDescending(k => k.SignUntil).FirstOrDefaultAsync();
        if (latest is null || latest.SignUntil <= now)
        {
            db.SigningKeys.Add(NewKey(now, now));
        }
        else if (latest.SignUntil - now < PublishAhead)
        {
            db.SigningKeys.Add(NewKey(now, latest.SignUntil));
        }
        else
        {
            return;
        }
        await db.SaveChangesAsync();
        cache = null;
    }

    /// <summary>
    /// Retires the signing key now and starts signing with a new one, for when a key may have
    /// leaked. The retired key stays published for a day so tokens already issued still verify.
    /// </summary>
    public async Task RotateNowAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDataContext>();
        var now = time.GetUtcNow();
        var current = await db.SigningKeys.Where(k => k.SignUntil > now).ToListAsync();
        foreach (var key in current)
        {
            key.SignUntil = now;
            key.PublishUntil = now + PublishAfter;
        }
        db.SigningKeys.Add(NewKey(now, now));
        await db.SaveChangesAsync();
        cache = null;
    }

    private SigningKey NewKey(DateTimeOffset now, DateTimeOffset signFrom)
    {
        using var rsa = RSA.Create(2048);
        var signUntil = signFrom + SigningPeriod;
        return new SigningKey
        {
            KeyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12)),
            Algorithm = SecurityAlgorithms.RsaSha256,
            ProtectedPrivateKey = protector.Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = now,
            SignFrom = signFrom,
            SignUntil = signUntil,
            PublishUntil = signUntil + PublishAfter,
        };
    }

    private async Task<KeySet> GetAsync()
    {
        var now = time.GetUtcNow();
        if (cache is { } fresh && fresh.LoadedAt + CacheFor > now)
        {
            return fresh;
        }
        await gate.WaitAsync();
        try
        {
            if (cache is { } again && again.LoadedAt + CacheFor > now)
            {
                return again;
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDataContext>();
            var rows = await db.SigningKeys.AsNoTracking().Where(k => k.PublishUntil > now).ToListAsync();
            var keys = rows.Select(row =>
            {
                var rsa = RSA.Create();
                rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(row.ProtectedPrivateKey)), out _);
                return new LoadedKey(row, new RsaSecurityKey(rsa) { KeyId = row.KeyId });
            }).ToList();
            cache = new KeySet(now, keys);
            return cache;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record LoadedKey(SigningKey Row, RsaSecurityKey Key);

    private sealed record KeySet(DateTimeOffset LoadedAt, IReadOnlyList<LoadedKey> Keys);
}
