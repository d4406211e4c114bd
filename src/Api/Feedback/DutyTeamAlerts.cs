using RightHelp.Api.YouSaidWeDid.Safeguarding;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>
/// Puts flagged feedback on the duty team's queue in the same transaction that stores it, so the
/// flag cannot be lost between the two. The model has no alert table yet, so the queue item is an
/// append-only audit event (see <see cref="DutyTeamQueue"/>); its reason names the categories,
/// never the words.
/// </summary>
public sealed class DutyTeamAlerts(FeedbackAudit audit, ILogger<DutyTeamAlerts> logger)
{
    public void Raise(Data.Feedback feedback, SafeguardingResult result)
        => audit.Record(FeedbackAudit.Screen, FeedbackAuditActions.SafeguardingFlagged, FeedbackAuditActions.FeedbackEntity, feedback.Id, reason: result.Summary);

    /// <summary>Called once the row is committed. The id and categories are all the log gets.</summary>
    public void Announce(Data.Feedback feedback, SafeguardingResult result)
        => logger.LogWarning("Safeguarding flag on feedback {FeedbackId} in locality {LocalityId}: {Categories}. It is on the duty team's queue.", feedback.Id, feedback.LocalityId, result.Summary);
}
