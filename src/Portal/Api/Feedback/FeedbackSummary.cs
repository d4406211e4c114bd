namespace RightHelp.Portal.Api.Feedback;

public sealed record FeedbackSummary(
    string? LocalityName,
    int FeedbackCount,
    double? RespondedShare,
    double? MedianDaysToRespond,
    IReadOnlyList<FeedbackChart> ScoreCharts,
    IReadOnlyList<FeedbackThemeCount> Themes,
    IReadOnlyList<FeedbackWordCount> TopWords,
    bool Suppressed);
