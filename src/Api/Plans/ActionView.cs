using RightHelp.Api.Data;

namespace RightHelp.Api.Plans;

/// <summary>"Who does what, by when", shown with the plan it belongs to (for the access checks).</summary>
public sealed record ActionView(PlanAction Action, Plan Plan);
