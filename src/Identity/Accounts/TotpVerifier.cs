using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Accounts;

/// <summary>
/// Checks an authenticator app code (RFC 6238, 30-second steps, one step of clock drift either
/// way) and accepts each step at most once per account.
/// </summary>
public sealed class TotpVerifier(IdentityDataContext db, UserManager<Account> users, TimeProvider time)
{
    public async Task<bool> VerifyAsync(Account account, string code)
    {
        code = new string(code.Where(char.IsDigit).ToArray());
        if (code.Length != 6)
        {
            return false;
        }
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return false;
        }
        // One UPDATE decides: two requests racing with the same code cannot both win.
        var accepted = await db.Users
            .Where(u => u.Id == account.Id && (u.LastTotpStep == null || u.LastTotpStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, step));
        return accepted == 1;
    }
}
