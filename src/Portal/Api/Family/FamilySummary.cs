namespace RightHelp.Portal.Api.Family;

/// <summary>A family as the "Your family" page shows it.</summary>
public sealed record FamilySummary(string Id, string DisplayName, IReadOnlyList<PlanSummary> Plans, MeetingSummary? NextMeeting, IReadOnlyList<TeamMember> Team);
