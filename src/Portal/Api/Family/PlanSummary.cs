namespace RightHelp.Portal.Api.Family;

public sealed record PlanSummary(string Id, string KindName, string SubjectName, string Status, int? Version, DateTimeOffset? PublishedAt);
