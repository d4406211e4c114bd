namespace RightHelp.Api.YouSaidWeDid.Charts;

/// <summary>The SVG markup to place in the page as is, and the table model to render beside it.</summary>
public sealed record RenderedChart(string Svg, ChartTable Table);
