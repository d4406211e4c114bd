namespace RightHelp.Portal.Api.Family;

public sealed record PlanViewEntry(string Role, string? Team, DateTimeOffset ViewedAt);
