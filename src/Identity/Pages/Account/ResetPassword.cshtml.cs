using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using RightHelp.Identity.RateLimiting;

namespace RightHelp.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.OneTimeCode)]
public sealed class ResetPasswordModel(UserManager<Data.Account> users) : PageModel
{
    public const string LinkNotValid = "This link to reset your password has expired or has already been used. Ask for a new link";

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter a new password");
            return Page();
        }
        var account = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email.Trim());
        if (account is null || string.IsNullOrEmpty(Token))
        {
            ModelState.AddModelError(nameof(Password), LinkNotValid);
            return Page();
        }
        var result = await users.ResetPasswordAsync(account, Token, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Code == "InvalidToken" ? LinkNotValid : error.Description);
            }
            return Page();
        }
        await users.ResetAccessFailedCountAsync(account);
        Done = true;
        return Page();
    }
}
