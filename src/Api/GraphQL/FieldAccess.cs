using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;

namespace RightHelp.Api.GraphQL;

/// <summary>
/// What a field rule decides on: who is asking, the parent object, and what this request has audited.
/// A struct: one is made for every field resolved.
/// </summary>
public readonly record struct FieldAccess(Viewer Viewer, object? Source, AuditTrail Audit);
