using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RightHelp.Identity.Data;
using RightHelp.Identity.Messaging;
using RightHelp.Identity.Provider;

namespace RightHelp.Identity.Accounts;

/// <summary>
/// Sign-in codes by email or text for people who find passwords hard: 6 digits, 10 minutes,
/// single use, 5 guesses, and bound to the browser that asked for them.
/// </summary>
public sealed class OneTimeCodes(IdentityDataContext db, Outbox outbox, TimeProvider time)
{
    public const string BrowserCookie = "rh-code-browser";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int MaxGuesses = 5;

    /// <summary>Makes a code and queues it. Returns the browser secret to set as a cookie.</summary>
    public async Task<string> SendAsync(Account account, string channel)
    {
        var now = time.GetUtcNow();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var browser = OpaqueTokens.New();
        // A newer code replaces any older one still waiting.
        await db.OneTimeCodes.Where(c => c.AccountId == account.Id && c.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsumedAt, now));
        var salt = RandomNumberGenerator.GetBytes(16);
        db.OneTimeCodes.Add(new OneTimeCode
        {
            Id = Guid.NewGuid(),
            AccountId = account.Id,
            CodeHash = HashCode(code, salt),
            BrowserHash = OpaqueTokens.Hash(browser),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
        var text = $"Your Right Help sign-in code is {code}. It works for 10 minutes, in the browser where you asked for it. If you did not ask for it, you can ignore this message.";
        outbox.Enqueue(channel, channel == "sms" ? account.PhoneNumber ?? "" : account.Email ?? "", "Your Right Help sign-in code", text);
        await db.SaveChangesAsync();
        return browser;
    }

    public async Task<OneTimeCodeResult> VerifyAsync(Account account, string code, string? browser)
    {
        var now = time.GetUtcNow();
        var latest = await db.OneTimeCodes.AsNoTracking()
            .Where(c => c.AccountId == account.Id)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync();
        if (latest is null)
        {
            return OneTimeCodeResult.NoCodeRequested;
        }
        if (latest.ConsumedAt is not null)
        {
            return OneTimeCodeResult.AlreadyUsed;
        }
        if (latest.ExpiresAt <= now)
        {
            return OneTimeCodeResult.Expired;
        }
        if (browser is null || OpaqueTokens.Hash(browser) != latest.BrowserHash)
        {
            return OneTimeCodeResult.DifferentBrowser;
        }
        if (latest.FailedAttempts >= MaxGuesses)
        {
            return OneTimeCodeResult.TooManyGuesses;
        }
        code = new string(code.Where(char.IsDigit).ToArray());
        if (!Matches(code, latest.CodeHash))
        {
            var counted = await db.OneTimeCodes
                .Where(c => c.Id == latest.Id && c.FailedAttempts < MaxGuesses)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1));
            return counted == 0 || latest.FailedAttempts + 1 >= MaxGuesses ? OneTimeCodeResult.TooManyGuesses : OneTimeCodeResult.Wrong;
        }
        var consumed = await db.OneTimeCodes
            .Where(c => c.Id == latest.Id && c.ConsumedAt == null && c.FailedAttempts < MaxGuesses)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsumedAt, now));
        return consumed == 1 ? OneTimeCodeResult.Accepted : OneTimeCodeResult.AlreadyUsed;
    }

    private static string HashCode(string code, byte[] salt)
        => Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(HMACSHA256.HashData(salt, Encoding.ASCII.GetBytes(code)));

    private static bool Matches(string code, string stored)
    {
        var parts = stored.Split('$');
        var expected = Convert.FromBase64String(parts[1]);
        return CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(Convert.FromBase64String(parts[0]), Encoding.ASCII.GetBytes(code)), expected);
    }
}
