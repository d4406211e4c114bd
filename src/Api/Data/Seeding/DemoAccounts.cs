namespace RightHelp.Api.Data.Seeding;

/// <summary>
/// The demo sign-ins and the fixed subjects Identity gives them, so a demo token's
/// <c>iss</c> + <c>sub</c> finds its <see cref="AccountLink"/>. Identity's demo users must use
/// exactly these subjects. Development only; the seeder refuses to run in Production.
/// </summary>
public static class DemoAccounts
{
    public const string Issuer = "http://127.0.0.1:5200";

    public const string Password = "right-help-demo-2026";

    /// <summary>parent@example.test: Kelly Harlow, mum in family A (Harlow, North).</summary>
    public const string ParentSubject = "0193a5c0-7a10-7c01-8a11-000000000001";

    /// <summary>parent2@example.test: Dean Ashby, dad in family B (Ashby, South).</summary>
    public const string Parent2Subject = "0193a5c0-7a10-7c01-8a11-000000000002";

    /// <summary>young.person@example.test: Jordan Harlow, 15, subject of the child in need plan in family A.</summary>
    public const string YoungPersonSubject = "0193a5c0-7a10-7c01-8a11-000000000003";

    /// <summary>worker@example.test: Priya Natt, social worker in North, family A on her caseload (not family B).</summary>
    public const string WorkerSubject = "0193a5c0-7a10-7c01-8a11-000000000004";

    /// <summary>manager@example.test: Sam Okonedo, team manager covering North and East.</summary>
    public const string ManagerSubject = "0193a5c0-7a10-7c01-8a11-000000000005";

    /// <summary>school@example.test: designated safeguarding lead at Oak Lane Primary School (a partner organisation).</summary>
    public const string SchoolSubject = "0193a5c0-7a10-7c01-8a11-000000000006";

    /// <summary>editor@example.test: directory and content editor.</summary>
    public const string EditorSubject = "0193a5c0-7a10-7c01-8a11-000000000007";

    public const string ParentEmail = "parent@example.test";
    public const string Parent2Email = "parent2@example.test";
    public const string YoungPersonEmail = "young.person@example.test";
    public const string WorkerEmail = "worker@example.test";
    public const string ManagerEmail = "manager@example.test";
    public const string SchoolEmail = "school@example.test";
    public const string EditorEmail = "editor@example.test";
}
