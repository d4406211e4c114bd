using System.Diagnostics;
using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>
/// Adds audit events to the same unit of work as the change they describe, so a change is never
/// saved without its record (and a record never claims a change that was rolled back).
/// </summary>
public sealed class FeedbackAudit(PortalDbContext db, TimeProvider time)
{
    public const string System = "system";

    public void Record(FeedbackActor actor, string action, string entityType, Guid entityId, Guid? familyId = null, string? reason = null)
        => db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = time.GetUtcNow(),
            ActorIssuer = actor.Issuer,
            ActorSubject = actor.Subject,
            ActorRole = actor.Role,
            ActorTeam = actor.Team,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            FamilyId = familyId,
            Reason = reason,
            CorrelationId = Activity.Current?.TraceId.ToString(),
        });

    /// <summary>The screen itself raised the flag; there is no person behind it.</summary>
    public static FeedbackActor Screen { get; } = new(System, "safeguarding-screen", System);
}
