using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;

namespace RightHelp.Api.Listings;

/// <summary>
/// Listing changes are not family data, so they carry no family id; they are audited in the same
/// log, in the same save as the change, so a published edit always says who approved it.
/// </summary>
public static class ListingAudit
{
    public static void Record(PortalDbContext db, Viewer viewer, AuditTrail trail, TimeProvider time, string action, Guid changeId, string? reason = null)
        => db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = time.GetUtcNow(),
            ActorIssuer = viewer.Issuer,
            ActorSubject = viewer.Subject,
            ActorRole = viewer.AuditRole,
            ActorTeam = viewer.TeamName,
            Action = action,
            EntityType = "ListingChange",
            EntityId = changeId,
            Reason = reason,
            CorrelationId = trail.CorrelationId,
        });
}
