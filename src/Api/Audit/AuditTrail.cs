using System.Collections.Concurrent;
using System.Diagnostics;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;

namespace RightHelp.Api.Audit;

/// <summary>
/// Stamps audit entries with the actor, the time and the request's correlation id, and remembers
/// which records this request has audited: the field rules refuse to show family data that did
/// not come through an audited read, so a resolver that bypassed the log shows nothing.
/// </summary>
public sealed class AuditTrail(TimeProvider time)
{
    private readonly ConcurrentDictionary<(string, Guid), bool> _audited = new();

    public string CorrelationId { get; } = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");

    public bool WasAudited((string EntityType, Guid EntityId) key) => _audited.ContainsKey(key);

    /// <summary>Adds the events to <paramref name="db"/> and saves, with whatever else the caller changed.</summary>
    public async Task RecordAsync(PortalDbContext db, Viewer viewer, IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var recorded = new List<AuditEntry>();
        foreach (var entry in entries)
        {
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAt = now,
                ActorIssuer = viewer.Issuer,
                ActorSubject = viewer.Subject,
                ActorRole = viewer.AuditRole,
                ActorTeam = viewer.TeamName,
                Action = entry.Action,
                EntityType = entry.EntityType,
                EntityId = entry.EntityId,
                FamilyId = entry.FamilyId,
                Reason = entry.Reason,
                CorrelationId = CorrelationId,
            });
            recorded.Add(entry);
        }
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        foreach (var entry in recorded)
        {
            _audited[(entry.EntityType, entry.EntityId)] = true;
        }
    }
}
