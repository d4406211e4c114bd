using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid.Errors;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>
/// The duty team's queue of flagged feedback: flagged items not yet acknowledged by a worker
/// covering their locality. Reading the queue and acknowledging an item are audited.
/// </summary>
public sealed class DutyTeamQueue(PortalDbContext db, FeedbackAudit audit)
{
    public async Task<FeedbackResult<IReadOnlyList<DutyTeamQueueItem>>> PendingAsync(StaffMember staff, CancellationToken cancellationToken = default)
    {
        var scope = await StaffScope.LoadAsync(db, staff.WorkerId, cancellationToken);
        if (scope is null)
        {
            return FeedbackResult<IReadOnlyList<DutyTeamQueueItem>>.Fail(new StaffNotFound());
        }
        var localities = scope.Localities.ToList();
        var flagged = await (
            from raised in db.AuditEvents
            where raised.Action == FeedbackAuditActions.SafeguardingFlagged
            join feedback in db.Feedback on raised.EntityId equals feedback.Id
            where feedback.LocalityId == null || localities.Contains(feedback.LocalityId.Value)
            where !db.AuditEvents.Any(a => a.Action == FeedbackAuditActions.SafeguardingAcknowledged && a.EntityId == feedback.Id)
            orderby raised.OccurredAt
            select new DutyTeamQueueItem(feedback.Id, feedback.Text, raised.OccurredAt, feedback.LocalityId, feedback.Anonymous, feedback.AuthorPersonId, raised.Reason ?? ""))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        foreach (var item in flagged)
        {
            audit.Record(staff.Actor, FeedbackAuditActions.Read, FeedbackAuditActions.FeedbackEntity, item.FeedbackId, reason: "duty team queue");
        }
        await db.SaveChangesAsync(cancellationToken);
        return FeedbackResult<IReadOnlyList<DutyTeamQueueItem>>.Ok(flagged);
    }

    public async Task<IReadOnlyList<FeedbackError>> AcknowledgeAsync(Guid feedbackId, StaffMember staff, string? note, CancellationToken cancellationToken = default)
    {
        var scope = await StaffScope.LoadAsync(db, staff.WorkerId, cancellationToken);
        if (scope is null)
        {
            return [new StaffNotFound()];
        }
        var feedback = await db.Feedback.AsNoTracking().SingleOrDefaultAsync(f => f.Id == feedbackId && f.SafeguardingFlag, cancellationToken);
        if (feedback is null)
        {
            return [new FeedbackNotFound(feedbackId)];
        }
        if (!scope.Covers(feedback.LocalityId))
        {
            return [new NotInYourLocality(feedbackId)];
        }
        audit.Record(staff.Actor, FeedbackAuditActions.SafeguardingAcknowledged, FeedbackAuditActions.FeedbackEntity, feedbackId, reason: note);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
