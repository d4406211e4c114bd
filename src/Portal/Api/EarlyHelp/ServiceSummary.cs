namespace RightHelp.Portal.Api.EarlyHelp;

/// <summary>A search result: enough to choose whether to open the listing.</summary>
public sealed record ServiceSummary(
    string Id,
    string Name,
    string OrganizationName,
    string Summary,
    bool IsFree,
    bool SelfReferral,
    bool ProfessionalReferral,
    bool NeedsChecking,
    DateOnly? LastVerifiedOn);
