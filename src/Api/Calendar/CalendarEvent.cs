namespace RightHelp.Api.Calendar;

public sealed record CalendarEvent(
    string Uid,
    DateTimeOffset Stamp,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Summary,
    string? Description,
    string? Location,
    Uri? Url,
    bool Cancelled);
