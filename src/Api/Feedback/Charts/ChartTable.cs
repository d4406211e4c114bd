namespace RightHelp.Api.YouSaidWeDid.Charts;

/// <summary>The same numbers as the chart, for a GOV.UK table beside it (screen readers, printing, no colour).</summary>
public sealed record ChartTable(string Caption, IReadOnlyList<string> ColumnHeaders, IReadOnlyList<ChartTableRow> Rows);
