namespace RightHelp.Api.CaseSystem;

public sealed record CaseSystemMeeting(string Id, string Reference, string FamilyReference, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
