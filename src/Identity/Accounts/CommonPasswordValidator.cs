using Microsoft.AspNetCore.Identity;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Accounts;

/// <summary>
/// Refuses passwords that appear on a list of commonly used ones, as NIST SP 800-63B advises,
/// instead of composition rules (which push people towards <c>Password1!</c>).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<Account>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        if (password is not null && IsCommon(password, user))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "That password is too easy to guess because many people use it. Choose a different one, for example 3 random words.",
            }));
        }
        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password, Account? user = null)
    {
        var lowered = password.Trim().ToLowerInvariant();
        if (Common.Value.Contains(lowered))
        {
            return true;
        }
        var local = user?.Email?.Split('@')[0].ToLowerInvariant();
        return !string.IsNullOrEmpty(local) && lowered.Contains(local, StringComparison.Ordinal) && lowered.Length - local.Length < 4;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("RightHelp.Identity.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }
        return set;
    }
}
