using RightHelp.Identity.Accounts;

namespace RightHelp.Identity.Seeding;

/// <summary>
/// The demo sign-ins. Their ids (the token's <c>sub</c>) are fixed and match the Api's
/// <c>DemoAccounts</c>, so the Api's seeded AccountLinks find them.
/// </summary>
public static class DemoUsers
{
    public const string Password = "right-help-demo-2026";

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new(Guid.Parse("0193a5c0-7a10-7c01-8a11-000000000001"), "parent@example.test", "Kelly Harlow", RoleNames.Parent),
        new(Guid.Parse("0193a5c0-7a10-7c01-8a11-000000000002"), "parent2@example.test", "Dean Ashby", RoleNames.Parent),
        new(Guid.Parse("0193a5c0-7a10-7c01-8a11-000000000003"), "young.person@example.test", "Jordan Harlow", RoleNames.YoungPerson),
        new(Guid.Parse("0193a5c0-7a10-7c01-8a11-000000000004"), "worker@example.test", "Priya Natt", RoleNames.Practitioner),
        new(Guid.Parse("0193a5c0-7a10-7c01-8a11-000000000005"), "manager@example.test", "Sam Okonedo", RoleNames.Manager),
        new(Guid.Parse("0193a5c0-7a10-7c01-8a11-000000000006"), "school@example.test", "Oak Lane Primary School safeguarding lead", RoleNames.Partner, "Oak Lane Primary School"),
        new(Guid.Parse("0193a5c0-7a10-7c01-8a11-000000000007"), "editor@example.test", "Ellis Brook", RoleNames.Editor),
    ];
}
