using RightHelp.Api.Authorization;

namespace RightHelp.Api.CaseSystem;

/// <summary>
/// The case-system client writes families, plans and meetings but reads nothing of them: its
/// mutations and their receipts are for it alone, and every family field still needs a person
/// or practitioner who reaches the family.
/// </summary>
public static class CaseSystemPolicies
{
    public static readonly FieldPolicy CaseSystem = new(nameof(CaseSystem), access => access.Viewer.Role == ViewerRole.CaseSystem);
}
