namespace RightHelp.Api.Oruk;

public sealed record OrukSchedule(
    Guid Id,
    Guid? ServiceId,
    Guid? ServiceAtLocationId,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Freq,
    string? Byday,
    string? Description,
    string? OpensAt,
    string? ClosesAt,
    string? AttendingType);
