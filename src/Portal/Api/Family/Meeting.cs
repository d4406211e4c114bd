namespace RightHelp.Portal.Api.Family;

public sealed record Meeting(
    string Id,
    string KindName,
    string KindExplanation,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Location,
    string? OnlineLink,
    string Purpose,
    IReadOnlyList<MeetingAttendee> Attendees,
    string CalendarUrl,
    IReadOnlyList<MeetingViews> Views);
