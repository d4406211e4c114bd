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
public sealed class TwoFactorModel(UserManager<Data.Account> users, TotpVerifier totp, SessionSignIn sessions) : PageModel
{
    public const string WrongCode = "The security code is not right, or it has already been used. Wait for the next code in your app and try again";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() => await PendingAccountAsync() is null ? StartAgain() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await PendingAccountAsync();
        if (account is null)
        {
            return StartAgain();
        }
        if (await users.IsLockedOutAsync(account))
        {
            ModelState.AddModelError(nameof(Code), "Your account is locked because of too many wrong codes. Try again in 15 minutes.");
            return Page();
        }
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Enter the security code");
            return Page();
        }
        if (!await totp.VerifyAsync(account, Code))
        {
            await users.AccessFailedAsync(account);
            ModelState.AddModelError(nameof(Code), WrongCode);
            return Page();
        }
        await users.ResetAccessFailedCountAsync(account);
        await sessions.SignInAsync(HttpContext, account,
            [AuthenticationMethods.Password, AuthenticationMethods.OneTimePassword, AuthenticationMethods.MultipleFactors]);
        return Redirect(ReturnUrls.Safe(ReturnUrl));
    }

    private async Task<Data.Account?> PendingAccountAsync()
    {
        var pending = await HttpContext.AuthenticateAsync(SessionSchemes.Pending);
        return pending.Succeeded && pending.Principal.AccountId() is { } id ? await users.FindByIdAsync(id.ToString()) : null;
    }

    private RedirectResult StartAgain() => Redirect("/account/sign-in?returnUrl=" + Uri.EscapeDataString(ReturnUrls.Safe(ReturnUrl)));
}
