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
public sealed class SignInModel(UserManager<Data.Account> users, SessionSignIn sessions, TimeProvider time) : PageModel
{
    public const string WrongDetails = "The email address or password is not right";

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

    private PageResult Locked(Data.Account account)
    {
        var until = account.LockoutEnd?.ToUniversalTime();
        var minutes = until is null ? 15 : Math.Max(1, (int)Math.Ceiling((until.Value - time.GetUtcNow()).TotalMinutes));
        ModelState.AddModelError(nameof(Email), $"Your account is locked because the password was wrong too many times. Try again in {minutes} minutes.");
        return Page();
    }
}
