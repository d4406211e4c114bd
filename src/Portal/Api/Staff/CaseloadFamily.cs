namespace RightHelp.Portal.Api.Staff;

/// <summary>A family on the practitioner's caseload, with what they act on.</summary>
public sealed record CaseloadFamily(
    string Id,
    string DisplayName,
    CaseloadLocality? Locality,
    IReadOnlyList<CaseloadPlan> Plans,
    IReadOnlyList<CaseloadMeeting> Meetings,
    IReadOnlyList<CaseloadQuestion> Questions);
