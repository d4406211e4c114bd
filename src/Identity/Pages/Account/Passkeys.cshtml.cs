using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using RightHelp.Identity.Accounts;

namespace RightHelp.Identity.Pages.Account;

/// <summary>The signed-in person's passkeys: add one, see them, remove one.</summary>
[Authorize(AuthenticationSchemes = SessionSchemes.Session)]
public sealed class PasskeysModel(UserManager<Data.Account> users, SignInManager<Data.Account> passkeys, TimeProvider time) : PageModel
{
    public const string AddField = "add-passkey";

    public const string NotAdded = "Your passkey was not added. Try again, and use your fingerprint, face or screen lock when your device asks";

    [BindProperty]
    public string? CredentialJson { get; set; }

    [BindProperty]
    public string? CredentialId { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public IReadOnlyList<PasskeyRow> Passkeys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await AccountAsync();
        if (account is null)
        {
            return Challenge();
        }
        await LoadAsync(account);
        return Page();
    }

    /// <summary>The challenge for the browser's prompt to make a new passkey for this account.</summary>
    public async Task<IActionResult> OnPostAddOptionsAsync()
    {
        var account = await AccountAsync();
        if (account is null)
        {
            return Challenge();
        }
        var json = await passkeys.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = account.Id.ToString(),
            Name = account.Email ?? account.UserName ?? account.Id.ToString(),
            DisplayName = account.DisplayName,
        });
        return Content(json, "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var account = await AccountAsync();
        if (account is null)
        {
            return Challenge();
        }
        var passkey = await AttestAsync(account);
        if (passkey is null)
        {
            ModelState.AddModelError(AddField, NotAdded);
            await LoadAsync(account);
            return Page();
        }
        passkey.Name = "Added on " + time.GetUtcNow().ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.GetCultureInfo("en-GB"));
        await users.AddOrUpdatePasskeyAsync(account, passkey);
        Confirmation = "Your passkey has been added. Next time, you can sign in with it instead of your password.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        var account = await AccountAsync();
        if (account is null)
        {
            return Challenge();
        }
        if (CredentialId is { Length: > 0 } id)
        {
            await users.RemovePasskeyAsync(account, WebEncoders.Base64UrlDecode(id));
            Confirmation = "The passkey has been removed. It can no longer be used to sign in.";
        }
        return RedirectToPage();
    }

    private async Task<UserPasskeyInfo?> AttestAsync(Data.Account account)
    {
        if (string.IsNullOrEmpty(CredentialJson))
        {
            return null;
        }
        PasskeyAttestationResult result;
        try
        {
            result = await passkeys.PerformPasskeyAttestationAsync(CredentialJson);
        }
        catch (InvalidOperationException)
        {
            // No challenge in this browser: it expired, was already answered, or never was asked.
            return null;
        }
        // The challenge must have been made for this account, and the device must have checked
        // the person (PIN or biometric): that is what lets a passkey stand in for two factors.
        return result.Succeeded && result.UserEntity.Id == account.Id.ToString() && result.Passkey.IsUserVerified
            ? result.Passkey
            : null;
    }

    private async Task<Data.Account?> AccountAsync()
        => User.AccountId() is { } id ? await users.FindByIdAsync(id.ToString()) : null;

    private async Task LoadAsync(Data.Account account)
        => Passkeys = (await users.GetPasskeysAsync(account))
            .OrderBy(p => p.CreatedAt)
            .Select(p => new PasskeyRow(
                WebEncoders.Base64UrlEncode(p.CredentialId),
                p.Name ?? "Passkey",
                p.CreatedAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))))
            .ToList();
}
