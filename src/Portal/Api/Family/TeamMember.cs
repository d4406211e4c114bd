namespace RightHelp.Portal.Api.Family;

/// <summary>A worker in their own words, with who takes over when they leave.</summary>
public sealed record TeamMember(
    string Name,
    string? Pronouns,
    string JobTitle,
    string Team,
    string AboutMe,
    string Email,
    string Phone,
    string WorkingPattern,
    DateOnly? LeavingOn,
    TeamMember? Successor);
