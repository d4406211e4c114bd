using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using RightHelp.Identity.Accounts;
using RightHelp.Identity.Data;
using RightHelp.Identity.Provider;

namespace RightHelp.Identity.Seeding;

/// <summary>
/// Seeds roles (always needed) and, in Development only, the demo users and clients. Running it
/// again changes nothing, and keeps the staff TOTP secret it made the first time.
/// </summary>
public sealed class DemoSeeder(IdentityDataContext db, UserManager<Account> users, RoleManager<IdentityRole<Guid>> roles)
{
    /// <summary>Seeds everything and returns the staff TOTP secret (base32).</summary>
    public async Task<string> SeedAsync()
    {
        foreach (var role in RoleNames.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() }));
            }
        }

        var staffIds = DemoUsers.All.Where(u => RoleNames.Staff.Contains(u.Role)).Select(u => u.Id).ToList();
        string? totpSecret = null;
        foreach (var id in staffIds)
        {
            if (await users.FindByIdAsync(id.ToString()) is { } existing && await users.GetAuthenticatorKeyAsync(existing) is { Length: > 0 } key)
            {
                totpSecret = key;
                break;
            }
        }
        totpSecret ??= Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

        foreach (var demo in DemoUsers.All)
        {
            var account = await users.FindByIdAsync(demo.Id.ToString());
            if (account is null)
            {
                account = new Account
                {
                    Id = demo.Id,
                    UserName = demo.Email,
                    Email = demo.Email,
                    EmailConfirmed = true,
                    DisplayName = demo.DisplayName,
                    Organisation = demo.Organisation,
                };
                Check(await users.CreateAsync(account, DemoUsers.Password));
            }
            if (!await users.IsInRoleAsync(account, demo.Role))
            {
                Check(await users.AddToRoleAsync(account, demo.Role));
            }
            if (RoleNames.Staff.Contains(demo.Role) && await users.GetAuthenticatorKeyAsync(account) != totpSecret)
            {
                Check(await users.SetAuthenticationTokenAsync(account, "[AspNetUserStore]", "AuthenticatorKey", totpSecret));
                Check(await users.SetTwoFactorEnabledAsync(account, true));
            }
        }

        foreach (var (client, secret) in DemoClients.All())
        {
            var existing = await db.Clients.FindAsync(client.ClientId);
            if (existing is null)
            {
                client.SecretHash = SecretHasher.Hash(secret);
                db.Clients.Add(client);
            }
            else
            {
                existing.DisplayName = client.DisplayName;
                existing.RedirectUris = client.RedirectUris;
                existing.PostLogoutRedirectUris = client.PostLogoutRedirectUris;
                existing.AllowedScopes = client.AllowedScopes;
                existing.AllowedGrantTypes = client.AllowedGrantTypes;
                if (existing.SecretHash is null || !SecretHasher.Verify(secret, existing.SecretHash))
                {
                    existing.SecretHash = SecretHasher.Hash(secret);
                }
            }
        }
        await db.SaveChangesAsync();
        return totpSecret;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
