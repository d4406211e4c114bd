using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using RightHelp.Identity.Accounts;
using RightHelp.Identity.Pages.Shared;
using RightHelp.Identity.RateLimiting;

namespace RightHelp.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.OneTimeCode)]
public sealed class SignInWithCodeModel(UserManager<Data.Account> users, OneTimeCodes codes, IHostEnvironment environment) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Channel { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address");
            return Page();
        }
        var channel = Channel == "sms" ? "sms" : "email";
        var account = await users.FindByEmailAsync(Email.Trim());
        // Staff must use their authenticator app; a code alone is one factor. Whether an account
        // exists is not revealed: the next page looks the same either way.
        if (account is not null && !await users.IsLockedOutAsync(account) && !RoleNames.IsStaff(await users.GetRolesAsync(account)))
        {
            if (channel == "sms" && string.IsNullOrEmpty(account.PhoneNumber))
            {
                ModelState.AddModelError(nameof(Channel), "We do not have a mobile number for you. Choose email instead");
                return Page();
            }
            var browser = await codes.SendAsync(account, channel);
            Response.Cookies.Append(OneTimeCodes.BrowserCookie, browser, new CookieOptions
            {
                HttpOnly = true,
                Secure = !environment.IsDevelopment() || Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                MaxAge = OneTimeCodes.Lifetime,
                Path = "/account",
            });
        }
        return Redirect($"/account/enter-code?email={Uri.EscapeDataString(Email.Trim())}&returnUrl={Uri.EscapeDataString(ReturnUrls.Safe(ReturnUrl))}");
    }
}
