namespace RightHelp.Portal.Api.Family;

public sealed record PlanChanges(
    int? LastViewedVersion,
    int CurrentVersion,
    IReadOnlyList<string> SectionsChanged,
    IReadOnlyList<PlanAction> ActionsAdded,
    IReadOnlyList<PlanAction> ActionsChanged,
    IReadOnlyList<PlanAction> ActionsDone)
{
    public bool Any => SectionsChanged.Count + ActionsAdded.Count + ActionsChanged.Count + ActionsDone.Count > 0;
}
