using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using RightHelp.Identity.Data;
using RightHelp.Identity.Provider;

namespace RightHelp.Identity.Invitations;

/// <summary>
/// Invitations link an account to one person in one family. The code carries 128 random bits,
/// is shown once, is stored as a hash, works once, and lasts 14 days.
/// </summary>
public sealed class InvitationService(IdentityDataContext db, UserManager<Account> users, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>Creates an invitation and returns its code, which is not stored anywhere.</summary>
    public async Task<string> CreateAsync(Guid practitioner, Guid personId, Guid familyId, string personName, string role)
    {
        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        var now = time.GetUtcNow();
        db.Invitations.Add(new Invitation
        {
            Id = Guid.NewGuid(),
            CodeHash = OpaqueTokens.Hash(code),
            PersonId = personId,
            FamilyId = familyId,
            PersonName = personName,
            Role = role,
            CreatedBy = practitioner,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
        await db.SaveChangesAsync();
        return code;
    }

    /// <summary>The invitation behind a code, if it can still be used.</summary>
    public async Task<Invitation?> FindUsableAsync(string code)
    {
        var hash = OpaqueTokens.Hash(code.Trim());
        var now = time.GetUtcNow();
        return await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.CodeHash == hash && i.RedeemedAt == null && i.ExpiresAt > now);
    }

    /// <summary>Redeems the code for <paramref name="account"/>; false if someone else got there first.</summary>
    public async Task<bool> RedeemAsync(string code, Account account)
    {
        var invitation = await FindUsableAsync(code);
        if (invitation is null)
        {
            return false;
        }
        var now = time.GetUtcNow();
        var redeemed = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.RedeemedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RedeemedAt, now).SetProperty(i => i.RedeemedBy, account.Id));
        if (redeemed == 0)
        {
            return false;
        }
        account.PersonId = invitation.PersonId;
        account.FamilyId = invitation.FamilyId;
        await users.UpdateAsync(account);
        if (!await users.IsInRoleAsync(account, invitation.Role))
        {
            await users.AddToRoleAsync(account, invitation.Role);
        }
        return true;
    }
}
