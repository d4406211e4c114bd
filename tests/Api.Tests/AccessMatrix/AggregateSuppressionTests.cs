using System.Globalization;
using System.Text.Json;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.Api.Tests.Oruk;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// Aggregates of fewer than 5 people are withheld (issue 9): the managers' feedback summary with 4
/// people and with 5, one person's many comments counted once, and months under 5 left out of
/// the charts even when the whole period has enough people. Each test has a period of its own,
/// years before the demo data, in East (a locality the demo manager covers).
/// </summary>
[Collection(ApiServerCollection.Name)]
public sealed class AggregateSuppressionTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private const string NotShown = "Not shown (fewer than 5 people)";

    [Fact]
    public async Task Feedback_from_four_people_shows_no_figure_and_from_five_shows_them()
    {
        await AddFeedbackAsync(new DateTimeOffset(2021, 2, 10, 12, 0, 0, TimeSpan.Zero), 4);

        var four = await SummaryAsync("2021-02-01", "2021-02-28");

        Assert.True(four.GetProperty("suppressed").GetBoolean());
        Assert.Equal(0, four.GetProperty("feedbackCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, four.GetProperty("respondedShare").ValueKind);
        Assert.Equal(JsonValueKind.Null, four.GetProperty("medianDaysToRespond").ValueKind);
        Assert.Equal(0, four.GetProperty("scoreCharts").GetArrayLength());
        Assert.Equal(0, four.GetProperty("themes").GetArrayLength());
        Assert.Equal(0, four.GetProperty("topWords").GetArrayLength());

        await AddFeedbackAsync(new DateTimeOffset(2021, 2, 11, 12, 0, 0, TimeSpan.Zero), 1);

        var five = await SummaryAsync("2021-02-01", "2021-02-28");

        Assert.False(five.GetProperty("suppressed").GetBoolean());
        Assert.Equal(5, five.GetProperty("feedbackCount").GetInt32());
        Assert.Equal(0, five.GetProperty("respondedShare").GetDouble());
        Assert.Contains(five.GetProperty("themes").EnumerateArray(), t => t.GetProperty("theme").GetString() == "COMMUNICATION" && t.GetProperty("count").GetInt32() == 5);
        Assert.Contains(five.GetProperty("topWords").EnumerateArray(), w => w.GetProperty("word").GetString() == "waiting" && w.GetProperty("count").GetInt32() == 5);
        Assert.Contains(Cells(five), c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Five_comments_from_one_person_are_one_person_and_withheld()
    {
        await AddFeedbackAsync(new DateTimeOffset(2020, 5, 12, 12, 0, 0, TimeSpan.Zero), 5, author: DemoFamiliesNorth.KellyHarlow);

        var summary = await SummaryAsync("2020-05-01", "2020-05-31");

        Assert.True(summary.GetProperty("suppressed").GetBoolean());
        Assert.Equal(0, summary.GetProperty("feedbackCount").GetInt32());
        Assert.Equal(0, summary.GetProperty("topWords").GetArrayLength());
    }

    [Fact]
    public async Task A_month_with_fewer_than_five_people_is_left_out_of_the_charts_even_when_the_period_has_five()
    {
        await AddFeedbackAsync(new DateTimeOffset(2019, 2, 12, 12, 0, 0, TimeSpan.Zero), 3);
        await AddFeedbackAsync(new DateTimeOffset(2019, 3, 12, 12, 0, 0, TimeSpan.Zero), 2);

        var summary = await SummaryAsync("2019-02-01", "2019-03-31");

        Assert.False(summary.GetProperty("suppressed").GetBoolean());
        Assert.Equal(5, summary.GetProperty("feedbackCount").GetInt32());
        var cells = Cells(summary);
        Assert.Contains(NotShown, cells);
        Assert.DoesNotContain(cells, c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Only_a_manager_gets_the_summary_at_all()
    {
        foreach (var role in Enum.GetValues<MatrixRole>().Where(r => r != MatrixRole.Manager))
        {
            var response = await fixture.Server.PostAsync("{ feedbackSummary { feedbackCount suppressed } }", role);

            Assert.Contains("FORBIDDEN", response.ErrorCodes);
            Assert.DoesNotContain("feedbackCount", response.Json, StringComparison.Ordinal);
        }
    }

    private static List<string> Cells(JsonElement summary)
        => [.. summary.GetProperty("scoreCharts").EnumerateArray()
            .SelectMany(c => c.GetProperty("table").GetProperty("rows").EnumerateArray())
            .SelectMany(r => r.EnumerateArray().Skip(1))
            .Select(c => c.GetString() ?? "")];

    private async Task<JsonElement> SummaryAsync(string from, string to)
    {
        var response = await fixture.Server.PostAsync("""
            query($locality: ID!, $from: Date!, $to: Date!) {
              feedbackSummary(locality: $locality, from: $from, to: $to) {
                suppressed feedbackCount respondedShare medianDaysToRespond
                scoreCharts { title table { rows } } themes { theme count } topWords { word count }
              }
            }
            """, MatrixRole.Manager, new { locality = GlobalId.Encode("Locality", DemoLocalities.East), from, to });
        return response.Ok().GetProperty("feedbackSummary");
    }

    private async Task AddFeedbackAsync(DateTimeOffset at, int count, Guid? author = null)
    {
        await using var db = PortalDatabase.CreateContext(fixture.ConnectionString);
        for (var i = 0; i < count; i++)
        {
            db.Feedback.Add(new Feedback
            {
                Text = "The waiting list for help was long but the worker kept in touch.",
                Theme = FeedbackTheme.Communication,
                Anonymous = author is null,
                AuthorPersonId = author,
                LocalityId = DemoLocalities.East,
                Status = FeedbackStatus.Received,
                ExplainedClearly = 4,
                InvolvedInPlanning = 3,
                ListenedTo = 4,
                HappyWithHelp = 4,
                CreatedAt = at.AddMinutes(i),
            });
        }
        await db.SaveChangesAsync();
    }
}
