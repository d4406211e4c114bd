namespace RightHelp.Portal.Api.Family;

public sealed record MeetingSummary(string Id, string KindName, DateTimeOffset StartsAt, string? Location, string? OnlineLink);
