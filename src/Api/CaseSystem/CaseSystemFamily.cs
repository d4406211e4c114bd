namespace RightHelp.Api.CaseSystem;

/// <summary>The receipt for an upserted family: what was stored, never the family's plans or meetings.</summary>
public sealed record CaseSystemFamily(string Id, string Reference, string Name, string Locality, IReadOnlyList<CaseSystemPerson> People);
