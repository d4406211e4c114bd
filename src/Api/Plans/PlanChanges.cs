namespace RightHelp.Api.Plans;

/// <summary>What is new in the latest version since the one the person last saw.</summary>
public sealed record PlanChanges(
    int? LastViewedVersion,
    int CurrentVersion,
    IReadOnlyList<string> SectionsChanged,
    IReadOnlyList<ActionView> ActionsAdded,
    IReadOnlyList<ActionView> ActionsChanged,
    IReadOnlyList<ActionView> ActionsDone);
