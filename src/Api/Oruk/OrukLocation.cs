namespace RightHelp.Api.Oruk;

public sealed record OrukLocation(
    Guid Id,
    string LocationType,
    string? Name,
    string? Description,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<OrukAddress>? Addresses,
    IReadOnlyList<OrukAccessibility>? Accessibility);
