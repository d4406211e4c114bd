namespace RightHelp.Api.Oruk;

/// <summary>A fully nested service, as <c>/services/{id}</c> returns it.</summary>
public sealed record OrukService(
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
    string? EligibilityDescription,
    string? ApplicationProcess,
    DateOnly? AssuredDate,
    string? AssurerEmail,
    string? Alert,
    DateTimeOffset LastModified,
    IReadOnlyList<OrukSchedule>? Schedules,
    IReadOnlyList<OrukServiceArea>? ServiceAreas,
    IReadOnlyList<OrukServiceAtLocation>? ServiceAtLocations,
    OrukOrganization Organization,
    IReadOnlyList<OrukCostOption>? CostOptions,
    IReadOnlyList<OrukContact>? Contacts,
    IReadOnlyList<OrukAttribute>? Attributes);
