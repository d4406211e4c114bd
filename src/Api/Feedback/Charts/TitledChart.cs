namespace RightHelp.Api.YouSaidWeDid.Charts;

/// <summary>A drawn chart and the heading the page shows above it.</summary>
public sealed record TitledChart(string Title, RenderedChart Chart);
