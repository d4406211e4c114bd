using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid;

public sealed record StaffFeedbackView(
    Guid Id,
    string Text,
    FeedbackStatus Status,
    FeedbackTheme? Theme,
    int? ExplainedClearly,
    int? InvolvedInPlanning,
    int? ListenedTo,
    int? HappyWithHelp,
    bool Anonymous,
    bool SafeguardingFlag,
    Guid? LocalityId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    string? GiverName = null,
    string? LocalityName = null,
    FeedbackResponseView? Response = null);
