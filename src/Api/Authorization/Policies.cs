using RightHelp.Api.Families;

namespace RightHelp.Api.Authorization;

/// <summary>The rules of DESIGN section 3 as field policies.</summary>
public static class Policies
{
    /// <summary>Public content: localities, offers, the directory, published responses, the glossary.</summary>
    public static readonly FieldPolicy Public = new(nameof(Public), _ => true);

    public static readonly FieldPolicy SignedIn = new(nameof(SignedIn), access => access.Viewer.IsSignedIn);

    /// <summary>
    /// Family data: the viewer reaches the family (and, for a young person, is the plan's subject
    /// and the section is for them), and this request read the record through the audited accessor.
    /// </summary>
    public static readonly FieldPolicy FamilyRecord = new(nameof(FamilyRecord), access =>
        FamilyScope.Of(access.Source) is { } scope
        && scope.VisibleTo(access.Viewer)
        && access.Audit.WasAudited(scope.AuditKey));

    /// <summary>Workers as a family sees them in "my team": work contact details only.</summary>
    public static readonly FieldPolicy FamilyOrStaff = new(nameof(FamilyOrStaff), access => access.Viewer.IsFamilyMember || access.Viewer.IsStaff);

    /// <summary>Practitioners and managers: the writer's plain-language check.</summary>
    public static readonly FieldPolicy Staff = new(nameof(Staff), access => access.Viewer.IsStaff);

    /// <summary>Family data only staff need, such as the Markdown a plan was written in.</summary>
    public static readonly FieldPolicy StaffFamilyRecord = new(nameof(StaffFamilyRecord), access =>
        access.Viewer.IsStaff && FamilyRecord.Allows(access));
}
