using RightHelp.Api.Data;

namespace RightHelp.Api.Plans;

/// <summary>An entry of "who has looked at my plan": the role and team, never a member of staff's name.</summary>
public sealed record PlanViewEntry(string Role, string? Team, DateTimeOffset ViewedAt, Plan Plan);
