namespace RightHelp.Portal.Api.Staff;

/// <summary>The latest version of a plan as the practitioner wrote it, to start the next one from.</summary>
public sealed record PlanDraft(
    string Id,
    string KindName,
    string SubjectName,
    int? Version,
    IReadOnlyList<DraftSection> Sections,
    IReadOnlyList<DraftAction> Actions);
