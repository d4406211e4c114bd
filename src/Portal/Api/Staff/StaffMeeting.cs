using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Api.Staff;

/// <summary>A meeting as staff see it: the details and every view given before it.</summary>
public sealed record StaffMeeting(
    string Id,
    string KindName,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Location,
    string? OnlineLink,
    string Purpose,
    IReadOnlyList<MeetingAttendee> Attendees,
    IReadOnlyList<GivenViews> Views);
