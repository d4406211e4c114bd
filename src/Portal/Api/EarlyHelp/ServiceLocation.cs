namespace RightHelp.Portal.Api.EarlyHelp;

public sealed record ServiceLocation(
    string Name,
    string? Description,
    string? Address,
    bool Online,
    string? Accessibility,
    IReadOnlyList<OpeningTime> OpeningTimes);
