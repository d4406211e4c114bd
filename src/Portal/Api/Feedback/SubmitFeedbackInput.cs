namespace RightHelp.Portal.Api.Feedback;

/// <summary>The form as the Api takes it: scores 1 to 5 or null, a locality id or null.</summary>
public sealed record SubmitFeedbackInput(
    int? ExplainedClearly,
    int? InvolvedInPlanning,
    int? ListenedTo,
    int? HappyWithHelp,
    string Text,
    FeedbackTheme? Theme,
    bool Anonymous,
    string IdempotencyKey,
    string? Locality);
