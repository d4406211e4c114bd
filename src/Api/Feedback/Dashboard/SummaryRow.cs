using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid.Dashboard;

/// <summary>The columns the dashboard needs from one feedback row (and the time of its first response).</summary>
internal sealed record SummaryRow(
    Guid Id,
    Guid? AuthorPersonId,
    DateTimeOffset CreatedAt,
    int? ExplainedClearly,
    int? InvolvedInPlanning,
    int? ListenedTo,
    int? HappyWithHelp,
    FeedbackTheme? Theme,
    bool SafeguardingFlag,
    string Text,
    DateTimeOffset? FirstResponseAt);
