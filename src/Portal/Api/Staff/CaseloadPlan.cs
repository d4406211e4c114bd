namespace RightHelp.Portal.Api.Staff;

public sealed record CaseloadPlan(string Id, string KindName, string SubjectName, int? Version, DateTimeOffset? PublishedAt);
