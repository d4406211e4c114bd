using RightHelp.Api.Data;

namespace RightHelp.Api.Plans;

/// <summary>A section of a plan version, shown with the plan it belongs to (for the access checks).</summary>
public sealed record SectionView(PlanSection Section, Plan Plan, PlanVersion Version);
