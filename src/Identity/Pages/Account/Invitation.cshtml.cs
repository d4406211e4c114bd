using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using RightHelp.Identity.Accounts;
using RightHelp.Identity.Invitations;
using RightHelp.Identity.Pages.Shared;
using RightHelp.Identity.RateLimiting;

namespace RightHelp.Identity.Pages.Account;

[EnableRateLimiting(SignInRateLimits.Invitation)]
public sealed class InvitationModel(UserManager<Data.Account> users, InvitationService invitations, SessionSignIn sessions) : PageModel
{
    public const string NotUsable = "This invitation code is not right, has already been used or has expired. Ask your worker for a new one";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool SignedIn { get; private set; }

    public bool Done { get; private set; }

    public string? PersonName { get; private set; }

    public string ContinueUrl => ReturnUrls.Safe(ReturnUrl);

    public async Task OnGetAsync() => SignedIn = await CurrentAccountAsync() is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await CurrentAccountAsync();
        SignedIn = current is not null;
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Enter your invitation code");
            return Page();
        }
        var invitation = await invitations.FindUsableAsync(Code);
        if (invitation is null)
        {
            ModelState.AddModelError(nameof(Code), NotUsable);
            return Page();
        }

        var account = current;
        if (account is null)
        {
            if (string.IsNullOrWhiteSpace(Name))
            {
                ModelState.AddModelError(nameof(Name), "Enter your name");
            }
            if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal))
            {
                ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
            }
            if (string.IsNullOrEmpty(Password))
            {
                ModelState.AddModelError(nameof(Password), "Create a password");
            }
            if (!ModelState.IsValid)
            {
                return Page();
            }
            account = new Data.Account { Id = Guid.NewGuid(), UserName = Email!.Trim(), Email = Email.Trim(), DisplayName = Name!.Trim() };
            var created = await users.CreateAsync(account, Password!);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    var field = error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(Email) : nameof(Password);
                    ModelState.AddModelError(field, field == nameof(Email) ? "An account already uses this email address. Sign in first, then use the code" : error.Description);
                }
                return Page();
            }
        }
        if (!await invitations.RedeemAsync(Code, account))
        {
            ModelState.AddModelError(nameof(Code), NotUsable);
            return Page();
        }
        if (current is null)
        {
            await sessions.SignInAsync(HttpContext, account, [AuthenticationMethods.Password]);
        }
        Done = true;
        PersonName = invitation.PersonName;
        return Page();
    }

    private async Task<Data.Account?> CurrentAccountAsync()
    {
        var session = await HttpContext.AuthenticateAsync(SessionSchemes.Session);
        return session.Succeeded && session.Principal.AccountId() is { } id ? await users.FindByIdAsync(id.ToString()) : null;
    }
}
