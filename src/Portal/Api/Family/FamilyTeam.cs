namespace RightHelp.Portal.Api.Family;

/// <summary>What "Your team" needs: the team and the questions asked so far.</summary>
public sealed record FamilyTeam(string Id, string DisplayName, IReadOnlyList<TeamMember> Team, IReadOnlyList<Question> Questions);
