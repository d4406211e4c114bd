namespace RightHelp.Portal.Api.Family;

/// <summary>A plan as the family reads it: only the sections the Api lets this person see.</summary>
public sealed record Plan(
    string Id,
    string KindName,
    string Status,
    string SubjectName,
    DateOnly StartedOn,
    TeamMember? LeadWorker,
    int? Version,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<PlanSection> Sections,
    IReadOnlyList<PlanAction> Actions,
    PlanChanges? ChangesSinceLastViewed,
    IReadOnlyList<PlanViewEntry> ViewLog);
