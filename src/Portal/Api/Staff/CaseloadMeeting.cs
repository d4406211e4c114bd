namespace RightHelp.Portal.Api.Staff;

public sealed record CaseloadMeeting(string Id, string KindName, DateTimeOffset StartsAt);
