using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using RightHelp.Identity.Data;
using RightHelp.Identity.Messaging;
using RightHelp.Identity.Provider;
using RightHelp.Identity.RateLimiting;

namespace RightHelp.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.OneTimeCode)]
public sealed class ForgotPasswordModel(UserManager<Data.Account> users, Outbox outbox, IdentityDataContext db, IssuerResolver issuers) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
            return Page();
        }
        // The answer is the same whether or not the address has an account.
        if (await users.FindByEmailAsync(Email.Trim()) is { Email: { } address } account)
        {
            var token = await users.GeneratePasswordResetTokenAsync(account);
            var link = QueryHelpers.AddQueryString(issuers.Resolve(HttpContext) + "/account/reset-password",
                new Dictionary<string, string?> { ["email"] = address, ["token"] = token });
            outbox.Enqueue("email", address, "Reset your Right Help password",
                $"Someone asked to reset the password for this account. If it was you, open this link within 1 hour: {link} If it was not you, you can ignore this email.");
            await db.SaveChangesAsync();
        }
        Sent = true;
        return Page();
    }
}
