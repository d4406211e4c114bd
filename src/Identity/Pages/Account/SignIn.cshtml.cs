using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using RightHelp.Identity.Accounts;
using RightHelp.Identity.Pages.Shared;
using RightHelp.Identity.RateLimiting;

namespace RightHelp.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.SignIn)]
public sealed class SignInModel(UserManager<Data.Account> users, SignInManager<Data.Account> passkeys, SessionSignIn sessions, TimeProvider time) : PageModel
{
    public const string WrongDetails = "The email address or password is not right";

    public const string PasskeyField = "passkey-sign-in";

    public const string PasskeyNotAccepted = "Your passkey could not be used to sign in. Try again, or sign in with your email address and password";

    /// <summary>The answer from the browser's passkey prompt, as JSON; set by passkeys.js.</summary>
    [BindProperty]
    public string? CredentialJson { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        }
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await users.FindByEmailAsync(Email!.Trim());
        if (account is null)
        {
            // Hash anyway, so the time taken does not say whether the address has an account.
            users.PasswordHasher.HashPassword(new Data.Account(), Password!);
            ModelState.AddModelError(nameof(Email), WrongDetails);
            return Page();
        }
        if (await users.IsLockedOutAsync(account))
        {
            return Locked(account);
        }
        if (!await users.CheckPasswordAsync(account, Password!))
        {
            await users.AccessFailedAsync(account);
            if (await users.IsLockedOutAsync(account))
            {
                return Locked(account);
            }
            ModelState.AddModelError(nameof(Email), WrongDetails);
            return Page();
        }
        await users.ResetAccessFailedCountAsync(account);

        var roles = await users.GetRolesAsync(account);
        if (RoleNames.IsStaff(roles) || account.TwoFactorEnabled)
        {
            var pending = SessionClaims.Create(account, [AuthenticationMethods.Password], time.GetUtcNow(), SessionSchemes.Pending);
            await HttpContext.SignInAsync(SessionSchemes.Pending, pending);
            return Redirect("/account/two-factor?returnUrl=" + Uri.EscapeDataString(ReturnUrls.Safe(ReturnUrl)));
        }
        await sessions.SignInAsync(HttpContext, account, [AuthenticationMethods.Password]);
        return Redirect(ReturnUrls.Safe(ReturnUrl));
    }

    /// <summary>The challenge for the browser's passkey prompt; any of the person's passkeys may answer.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
        => Content(await passkeys.MakePasskeyRequestOptionsAsync(null), "application/json");

    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        if (string.IsNullOrEmpty(CredentialJson))
        {
            ModelState.AddModelError(PasskeyField, PasskeyNotAccepted);
            return Page();
        }
        PasskeyAssertionResult<Data.Account> result;
        try
        {
            result = await passkeys.PerformPasskeyAssertionAsync(CredentialJson);
        }
        catch (InvalidOperationException)
        {
            // No challenge in this browser: it expired, was already answered, or never was asked.
            ModelState.AddModelError(PasskeyField, PasskeyNotAccepted);
            return Page();
        }
        // User verification is required in the options and checked by the framework; checked
        // again here because it is what makes a passkey count as two factors.
        if (!result.Succeeded || !result.Passkey.IsUserVerified)
        {
            ModelState.AddModelError(PasskeyField, PasskeyNotAccepted);
            return Page();
        }
        var account = result.User;
        if (await users.IsLockedOutAsync(account))
        {
            return Locked(account);
        }
        // Stores the new signature counter, so a cloned authenticator shows up.
        await users.AddOrUpdatePasskeyAsync(account, result.Passkey);
        await sessions.SignInAsync(HttpContext, account, AuthenticationMethods.ForPasskey(result.Passkey.IsBackupEligible));
        return Redirect(ReturnUrls.Safe(ReturnUrl));
    }

    private PageResult Locked(Data.Account account)
    {
        var until = account.LockoutEnd?.ToUniversalTime();
        var minutes = until is null ? 15 : Math.Max(1, (int)Math.Ceiling((until.Value - time.GetUtcNow()).TotalMinutes));
        ModelState.AddModelError(nameof(Email), $"Your account is locked because the password was wrong too many times. Try again in {minutes} minutes.");
        return Page();
    }
}
