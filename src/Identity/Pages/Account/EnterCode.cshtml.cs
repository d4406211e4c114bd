using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using RightHelp.Identity.Accounts;
using RightHelp.Identity.Pages.Shared;
using RightHelp.Identity.RateLimiting;

namespace RightHelp.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.OneTimeCode)]
public sealed class EnterCodeModel(UserManager<Data.Account> users, OneTimeCodes codes, SessionSignIn sessions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Enter the sign-in code");
            return Page();
        }
        var account = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email.Trim());
        var result = account is null || await users.IsLockedOutAsync(account)
            ? OneTimeCodeResult.NoCodeRequested
            : await codes.VerifyAsync(account, Code, Request.Cookies[OneTimeCodes.BrowserCookie]);
        if (result != OneTimeCodeResult.Accepted)
        {
            ModelState.AddModelError(nameof(Code), Message(result));
            return Page();
        }
        Response.Cookies.Delete(OneTimeCodes.BrowserCookie, new CookieOptions { Path = "/account" });
        await sessions.SignInAsync(HttpContext, account!, [AuthenticationMethods.OneTimePassword]);
        return Redirect(ReturnUrls.Safe(ReturnUrl));
    }

    public static string Message(OneTimeCodeResult result) => result switch
    {
        OneTimeCodeResult.Wrong => "The sign-in code is not right. Check it and try again",
        OneTimeCodeResult.Expired => "This sign-in code has expired. Codes work for 10 minutes. Send a new code",
        OneTimeCodeResult.AlreadyUsed => "This sign-in code has already been used. Send a new code",
        OneTimeCodeResult.TooManyGuesses => "You have entered a wrong code too many times. Send a new code",
        OneTimeCodeResult.DifferentBrowser => "Enter the code in the same browser you asked for it from. If you have changed browser or device, send a new code",
        _ => "There is no sign-in code waiting for this email address. Send a new code",
    };
}
