namespace RightHelp.Api.Feedback.Charts;

public sealed record ChartTableRow(string Header, IReadOnlyList<string> Cells);
