namespace RightHelp.Api.YouSaidWeDid.Charts;

public sealed record ChartTableRow(string Header, IReadOnlyList<string> Cells);
