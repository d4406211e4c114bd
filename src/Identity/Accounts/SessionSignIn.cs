using Microsoft.AspNetCore.Authentication;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Accounts;

/// <summary>Starts and ends the session cookie.</summary>
public sealed class SessionSignIn(TimeProvider time)
{
    public async Task SignInAsync(HttpContext http, Account account, IReadOnlyCollection<string> amr)
    {
        await http.SignOutAsync(SessionSchemes.Pending);
        var principal = SessionClaims.Create(account, amr, time.GetUtcNow(), SessionSchemes.Session);
        await http.SignInAsync(SessionSchemes.Session, principal);
    }

    public Task SignOutAsync(HttpContext http) => http.SignOutAsync(SessionSchemes.Session);
}
