using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RightHelp.Identity.Accounts;
using RightHelp.Identity.Invitations;

namespace RightHelp.Identity.Pages.Invitations;

/// <summary>Practitioners, signed in with a second factor, create invitations for people on their caseload.</summary>
public sealed class NewInvitationModel(UserManager<Data.Account> users, InvitationService invitations, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? PersonName { get; set; }

    [BindProperty]
    public string? PersonId { get; set; }

    [BindProperty]
    public string? FamilyId { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    public string? CreatedCode { get; private set; }

    public string? ExpiresOn { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await PractitionerAsync() is null ? Refuse() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var practitioner = await PractitionerAsync();
        if (practitioner is null)
        {
            return Refuse();
        }
        if (string.IsNullOrWhiteSpace(PersonName))
        {
            ModelState.AddModelError(nameof(PersonName), "Enter their name");
        }
        if (!Guid.TryParse(PersonId, out var personId))
        {
            ModelState.AddModelError(nameof(PersonId), "Enter the person reference exactly as it appears on their record");
        }
        if (!Guid.TryParse(FamilyId, out var familyId))
        {
            ModelState.AddModelError(nameof(FamilyId), "Enter the family reference exactly as it appears on the record");
        }
        if (Role is not (RoleNames.Parent or RoleNames.YoungPerson))
        {
            ModelState.AddModelError(nameof(Role), "Select whether they are a parent or carer, or the young person");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        CreatedCode = await invitations.CreateAsync(practitioner.Value, personId, familyId, PersonName!.Trim(), Role!);
        ExpiresOn = (time.GetUtcNow() + InvitationService.Lifetime).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        return Page();
    }

    private async Task<Guid?> PractitionerAsync()
    {
        var session = await HttpContext.AuthenticateAsync(SessionSchemes.Session);
        if (!session.Succeeded || session.Principal.AccountId() is not { } id
            || !session.Principal.AuthenticationMethodsUsed().Contains(AuthenticationMethods.MultipleFactors))
        {
            return null;
        }
        var account = await users.FindByIdAsync(id.ToString());
        return account is not null && await users.IsInRoleAsync(account, RoleNames.Practitioner) ? id : null;
    }

    private IActionResult Refuse() => HttpContext.User.Identity?.IsAuthenticated == true
        ? Forbid(SessionSchemes.Session)
        : Redirect("/account/sign-in?returnUrl=%2Finvitations%2Fnew");
}
