using System.Security.Claims;
using RightHelp.Api.Data.Seeding;

namespace RightHelp.Api.Tests.GraphQL;

/// <summary>Signed-in principals shaped like the access tokens Identity issues for the demo accounts.</summary>
public static class Principals
{
    public static ClaimsPrincipal Parent => For(DemoAccounts.ParentSubject, "parent");
    public static ClaimsPrincipal Parent2 => For(DemoAccounts.Parent2Subject, "parent");
    public static ClaimsPrincipal YoungPerson => For(DemoAccounts.YoungPersonSubject, "young_person");
    public static ClaimsPrincipal Worker => For(DemoAccounts.WorkerSubject, "practitioner");
    public static ClaimsPrincipal Manager => For(DemoAccounts.ManagerSubject, "manager");
    public static ClaimsPrincipal School => For(DemoAccounts.SchoolSubject, "partner");
    public static ClaimsPrincipal Editor => For(DemoAccounts.EditorSubject, "editor");
    public static ClaimsPrincipal? Anonymous => null;

    public static ClaimsPrincipal For(string subject, string role, string issuer = DemoAccounts.Issuer, string scope = "openid profile",
        string acr = "urn:right-help:acr:multi-factor")
        => new(new ClaimsIdentity(
        [
            new Claim("acr", acr),
            new Claim("iss", issuer),
            new Claim("sub", subject),
            new Claim("role", role),
            new Claim("scope", scope),
        ], "Bearer", "sub", "role"));

    /// <summary>A role claim for a subject no account link knows: a token alone must grant nothing.</summary>
    public static ClaimsPrincipal Stranger(string role) => For("0193a5c0-7a10-7c01-8a11-0000000000ff", role);
}
