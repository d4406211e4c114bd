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
            $"scores-{Place(summary)}",
            $"Average scores by month, {Place(summary)}",
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

    /// <summary>One chart per score, each with its own table, so no chart needs a legend to be read.</summary>
    public static IReadOnlyList<TitledChart> PerScore(FeedbackSummary summary)
    {
        var months = summary.Months;
        var labels = months.Select(m => m.Month.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))).ToList();
        (string Key, string Name, Func<MonthlyScores, Suppressible<double>> Score)[] scores =
        [
            ("explained", "Things were explained clearly", m => m.ExplainedClearly),
            ("involved", "I was involved in planning", m => m.InvolvedInPlanning),
            ("listened", "I felt listened to", m => m.ListenedTo),
            ("happy", "Overall I am happy with the help", m => m.HappyWithHelp),
        ];
        return scores.Select(score =>
        {
            var values = months.Select(m => score.Score(m).Value).ToList();
            var title = $"{score.Name}: average score by month, {Place(summary)}";
            var chart = SvgLineChart.Render(new LineChart(
                $"score-{score.Key}-{Place(summary)}",
                title,
                $"Average answer to \"{score.Name}\", from 1 (lowest) to 5 (highest), for each month from {labels.FirstOrDefault()} to {labels.LastOrDefault()}. "
                    + $"{values.Count(v => v is not null)} of {months.Count} months had answers from 5 or more people; months with fewer are left out to protect privacy. The same figures are in the table.",
                "Month",
                "Average score",
                labels,
                [new ChartSeries(score.Name, values)],
                1,
                5,
                "Not shown (fewer than 5 people)"));
            return new TitledChart(title, chart);
        }).ToList();
    }

    private static string Place(FeedbackSummary summary) => summary.LocalityName ?? "all your localities";
}
