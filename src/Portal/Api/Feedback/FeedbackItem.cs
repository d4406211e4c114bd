namespace RightHelp.Portal.Api.Feedback;

/// <summary>One piece of feedback as staff see it.</summary>
public sealed record FeedbackItem(
    string Id,
    string Text,
    FeedbackStatus Status,
    FeedbackTheme? Theme,
    DateTimeOffset GivenAt,
    bool Anonymous,
    string? GiverName,
    string? LocalityName,
    int? ExplainedClearly,
    int? InvolvedInPlanning,
    int? ListenedTo,
    int? HappyWithHelp,
    bool FlaggedForSafeguarding,
    StaffFeedbackResponse? Response);
