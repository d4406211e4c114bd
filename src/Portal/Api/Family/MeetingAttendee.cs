namespace RightHelp.Portal.Api.Family;

public sealed record MeetingAttendee(string Name, string Role);
