namespace RightHelp.Api.CaseSystem;

/// <summary>The receipt for an upserted plan: its current version number, and whether this call published it.</summary>
public sealed record CaseSystemPlan(string Id, string Reference, string FamilyReference, int Version, bool NewVersion);
