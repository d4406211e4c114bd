namespace RightHelp.Api.Oruk;

/// <summary>A service as <c>/services</c> lists it: its own fields and its organisation, nothing one-to-many.</summary>
public sealed record OrukServiceSummary(
    Guid Id,
    Guid OrganizationId,
    string Name,
    string? Description,
    string? Url,
    string? Email,
    string Status,
    string? Fees,
    int? MinimumAge,
    int? MaximumAge,
    DateOnly? AssuredDate,
    string? AssurerEmail,
    string? Alert,
    DateTimeOffset LastModified,
    OrukOrganization Organization);
