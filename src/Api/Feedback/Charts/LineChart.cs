namespace RightHelp.Api.YouSaidWeDid.Charts;

/// <summary>
/// What to draw. <paramref name="Id"/> makes the element ids unique on the page; labels may hold
/// anything (they are escaped when drawn). <paramref name="MissingText"/> fills table cells with no value.
/// </summary>
public sealed record LineChart(
    string Id,
    string Title,
    string Description,
    string XAxisLabel,
    string YAxisLabel,
    IReadOnlyList<string> XLabels,
    IReadOnlyList<ChartSeries> Series,
    double YMin,
    double YMax,
    string MissingText = "No data");
