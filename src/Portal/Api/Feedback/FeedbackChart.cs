namespace RightHelp.Portal.Api.Feedback;

/// <summary>A chart the Api drew as SVG, with the same figures as a table for anyone who cannot see it.</summary>
public sealed record FeedbackChart(string Title, string Svg, FeedbackChartTable Table);
