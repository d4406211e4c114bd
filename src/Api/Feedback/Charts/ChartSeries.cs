namespace RightHelp.Api.YouSaidWeDid.Charts;

/// <summary>One line; a null value is a gap (no data, or suppressed), never drawn as zero.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
