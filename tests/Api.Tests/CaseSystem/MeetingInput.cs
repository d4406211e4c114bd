namespace RightHelp.Api.Tests.CaseSystem;

/// <summary>An upsertMeeting input; a record so a test can send it with one field wrong.</summary>
public sealed record MeetingInput(
    string Reference, string FamilyReference, string? PlanReference, string Kind, string StartsAt, string EndsAt,
    string? Place, string? JoinUrl, string Purpose, IReadOnlyList<AttendeeInput> Attendees);
