using System.Globalization;
using System.Security.Claims;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Accounts;

/// <summary>What the session cookie holds: who, how they proved it, and when.</summary>
public static class SessionClaims
{
    public const string Subject = "sub";
    public const string SessionId = "sid";
    public const string AuthTime = "auth_time";
    public const string Amr = "amr";
    public const string Acr = "acr";
    public const string Name = "name";

    public static ClaimsPrincipal Create(Account account, IReadOnlyCollection<string> amr, DateTimeOffset authTime, string scheme)
    {
        var claims = new List<Claim>
        {
            new(Subject, account.Id.ToString()),
            new(SessionId, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant()),
            new(AuthTime, authTime.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new(Acr, AuthenticationMethods.AcrFor(amr)),
            new(Name, account.DisplayName),
        };
        claims.AddRange(amr.Select(value => new Claim(Amr, value)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, Name, "role"));
    }

    public static Guid? AccountId(this ClaimsPrincipal principal)
        => Guid.TryParse(principal.FindFirst(Subject)?.Value, out var id) ? id : null;

    public static DateTimeOffset? AuthenticatedAt(this ClaimsPrincipal principal)
        => long.TryParse(principal.FindFirst(AuthTime)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static string[] AuthenticationMethodsUsed(this ClaimsPrincipal principal)
        => principal.FindAll(Amr).Select(c => c.Value).ToArray();
}
