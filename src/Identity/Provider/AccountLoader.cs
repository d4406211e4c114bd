using Microsoft.AspNetCore.Identity;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

public sealed class AccountLoader(UserManager<Account> users)
{
    /// <summary>The account behind <paramref name="subject"/>, or null if it is gone or locked out.</summary>
    public async Task<AccountSnapshot?> LoadActiveAsync(string subject)
    {
        var account = await users.FindByIdAsync(subject);
        if (account is null || await users.IsLockedOutAsync(account))
        {
            return null;
        }
        var roles = (await users.GetRolesAsync(account)).OrderBy(r => r, StringComparer.Ordinal).ToList();
        return new AccountSnapshot(account, roles);
    }
}
