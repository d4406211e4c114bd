namespace RightHelp.Api.Oruk;

/// <summary>Where a service runs; <see cref="Service"/> is filled only in the <c>/service_at_locations</c> listing.</summary>
public sealed record OrukServiceAtLocation(
    Guid Id,
    Guid ServiceId,
    Guid LocationId,
    OrukLocation Location,
    IReadOnlyList<OrukSchedule>? Schedules,
    OrukServiceSummary? Service);
