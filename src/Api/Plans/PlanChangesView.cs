using RightHelp.Api.Data;

namespace RightHelp.Api.Plans;

/// <summary>The changes of a plan, kept with the plan for the access checks.</summary>
public sealed record PlanChangesView(Plan Plan, PlanChanges Changes);
