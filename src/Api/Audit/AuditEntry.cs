namespace RightHelp.Api.Audit;

/// <summary>One read or write of family data, before it is stamped with who, when and the correlation id.</summary>
public sealed record AuditEntry(string Action, string EntityType, Guid EntityId, Guid FamilyId, string? Reason = null);
