using System.Security.Claims;
using RightHelp.Api.Authentication;
using RightHelp.Api.Data.Seeding;

namespace RightHelp.Benchmarks.SqlCount;

/// <summary>The demo accounts as the Api sees them once their access token is validated.</summary>
public static class Principals
{
    public static IReadOnlyList<(string Name, ClaimsPrincipal? User)> All { get; } =
    [
        ("anonymous", null),
        ("parent", For(DemoAccounts.ParentSubject, "parent")),
        ("practitioner", For(DemoAccounts.WorkerSubject, "practitioner")),
        ("manager", For(DemoAccounts.ManagerSubject, "manager")),
        ("editor", For(DemoAccounts.EditorSubject, "editor")),
        ("partner", For(DemoAccounts.SchoolSubject, "partner")),
        ("young person", For(DemoAccounts.YoungPersonSubject, "young_person")),
    ];

    public static ClaimsPrincipal Parent => All[1].User!;

    private static ClaimsPrincipal For(string subject, string role) => new(new ClaimsIdentity(
    [
        new Claim(PortalClaimTypes.AuthenticationContext, PortalClaimTypes.MultiFactor),
        new Claim("iss", DemoAccounts.Issuer),
        new Claim(PortalClaimTypes.Subject, subject),
        new Claim(PortalClaimTypes.Role, role),
        new Claim(PortalClaimTypes.Scope, "openid profile api"),
    ], "Bearer", PortalClaimTypes.Subject, PortalClaimTypes.Role));
}
