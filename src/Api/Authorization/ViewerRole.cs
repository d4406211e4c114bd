namespace RightHelp.Api.Authorization;

/// <summary>The roles of DESIGN section 3, plus the case-system client that upserts plans.</summary>
public enum ViewerRole
{
    Anonymous,
    ParentOrCarer,
    YoungPerson,
    Partner,
    Practitioner,
    Manager,
    Editor,
    CaseSystem,
}
