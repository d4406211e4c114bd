namespace RightHelp.Api.Families;

/// <summary>
/// One read of a plan from the audit log, as the family sees it: the role and team, never a name. Only these
/// columns are read: a whole audit event costs a new version 7 id (random bytes) for each of up to 100 rows.
/// </summary>
public sealed record PlanRead(string Role, string? Team, DateTimeOffset At);
