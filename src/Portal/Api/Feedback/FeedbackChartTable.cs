namespace RightHelp.Portal.Api.Feedback;

public sealed record FeedbackChartTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
