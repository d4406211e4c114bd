namespace RightHelp.Portal.Api.EarlyHelp;

/// <summary>A listing in full, for its own page and for a family's list.</summary>
public sealed record ServiceListing(
    string Id,
    string Name,
    string Description,
    string Summary,
    string OrganizationName,
    string? Url,
    string? Email,
    bool IsFree,
    string? Fees,
    string HowToRefer,
    bool SelfReferral,
    bool ProfessionalReferral,
    DateOnly? LastVerifiedOn,
    bool NeedsChecking,
    IReadOnlyList<Eligibility> Eligibility,
    IReadOnlyList<ServiceContact> Contacts,
    IReadOnlyList<ServiceLocation> Locations,
    IReadOnlyList<OpeningTime> OpeningTimes,
    IReadOnlyList<NamedItem> Categories,
    IReadOnlyList<NamedItem> Localities);
