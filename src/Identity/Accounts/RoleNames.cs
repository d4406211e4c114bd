namespace RightHelp.Identity.Accounts;

/// <summary>The roles an account can hold; the <c>role</c> claim carries these exact values.</summary>
public static class RoleNames
{
    public const string Parent = "parent";
    public const string YoungPerson = "young_person";
    public const string Partner = "partner";
    public const string Practitioner = "practitioner";
    public const string Manager = "manager";
    public const string Editor = "editor";

    public static readonly IReadOnlyList<string> All = [Parent, YoungPerson, Partner, Practitioner, Manager, Editor];

    /// <summary>Staff see family data across families, so they must sign in with a second factor.</summary>
    public static readonly IReadOnlyList<string> Staff = [Practitioner, Manager, Editor];

    public static bool IsStaff(IEnumerable<string> roles) => roles.Any(Staff.Contains);
}
