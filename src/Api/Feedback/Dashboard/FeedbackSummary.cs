namespace RightHelp.Api.YouSaidWeDid.Dashboard;

/// <summary>The manager's dashboard for one locality (or, with no locality, all they cover) over [From, To).</summary>
public sealed record FeedbackSummary(
    Guid? LocalityId,
    string? LocalityName,
    DateTimeOffset From,
    DateTimeOffset To,
    Suppressible<int> People,
    IReadOnlyList<MonthlyScores> Months,
    Suppressible<double> MedianDaysToRespond,
    Suppressible<double> ShareResponded,
    IReadOnlyList<ThemeCount> Themes,
    IReadOnlyList<WordCount> Words,
    int FeedbackCount = 0);
