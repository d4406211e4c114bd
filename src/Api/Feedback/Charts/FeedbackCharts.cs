using System.Globalization;
using RightHelp.Api.YouSaidWeDid.Dashboard;

namespace RightHelp.Api.YouSaidWeDid.Charts;

/// <summary>The dashboard's charts, drawn from a <see cref="FeedbackSummary"/>.</summary>
public static class FeedbackCharts
{
    public static RenderedChart AverageScores(FeedbackSummary summary)
    {
        var months = summary.Months;
        var labels = months.Select(m => m.Month.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))).ToList();
        var shown = months.Count(m => !m.People.IsSuppressed);
        return SvgLineChart.Render(new LineChart(
            $"scores-{summary.LocalityName}",
            $"Average scores by month, {summary.LocalityName}",
            $"Average of the four scores, from 1 (lowest) to 5 (highest), for each month from {labels.FirstOrDefault()} to {labels.LastOrDefault()}. "
                + $"{shown} of {months.Count} months had feedback from 5 or more people; months with fewer are left out to protect privacy. The same figures are in the table below the chart.",
            "Month",
            "Average score",
            labels,
            [
                new ChartSeries("Things were explained clearly", months.Select(m => m.ExplainedClearly.Value).ToList()),
                new ChartSeries("I was involved in planning", months.Select(m => m.InvolvedInPlanning.Value).ToList()),
                new ChartSeries("I felt listened to", months.Select(m => m.ListenedTo.Value).ToList()),
                new ChartSeries("Overall I am happy with the help", months.Select(m => m.HappyWithHelp.Value).ToList()),
            ],
            1,
            5,
            "Not shown (fewer than 5 people)"));
    }
}
