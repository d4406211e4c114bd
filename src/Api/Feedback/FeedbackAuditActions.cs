namespace RightHelp.Api.YouSaidWeDid;

/// <summary>The audit actions this feature writes; the duty team's queue is read from two of them.</summary>
public static class FeedbackAuditActions
{
    public const string Submit = "feedback.submit";
    public const string Read = "feedback.read";
    public const string MarkRead = "feedback.mark-read";
    public const string Respond = "feedback.respond";
    public const string SafeguardingFlagged = "feedback.safeguarding-flagged";
    public const string SafeguardingAcknowledged = "feedback.safeguarding-acknowledged";
    public const string ResponseCreate = "feedback-response.create";
    public const string ResponsePublish = "feedback-response.publish";
    public const string FeedbackEntity = "feedback";
    public const string ResponseEntity = "feedback-response";
}
