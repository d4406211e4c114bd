using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid;
using RightHelp.Api.YouSaidWeDid.Charts;
using RightHelp.Api.YouSaidWeDid.Dashboard;
using RightHelp.Api.YouSaidWeDid.Errors;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;
using FeedbackRow = RightHelp.Api.Data.Feedback;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed class FeedbackDashboardTests : IAsyncLifetime
{
    private static readonly DateTimeOffset January = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset February = new(2026, 2, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private TestDatabase database = null!;
    private FeedbackHost host = null!;
    private FeedbackWorld world = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateMigratedAsync();
        host = new FeedbackHost(database.ConnectionString);
        world = await FeedbackWorld.CreateAsync(host);
        await host.DbAsync(async db =>
        {
            // January: four people only.
            for (var i = 0; i < 4; i++)
            {
                db.Feedback.Add(Row(January, "the meetings are boring", 2, FeedbackTheme.Relationships));
            }
            // February: five people (Jordan twice, four anonymous) and six items.
            var february = new List<FeedbackRow>
            {
                Row(February, "too much jargon in the letter", 5, FeedbackTheme.Communication, world.Jordan.Id),
                Row(February.AddHours(1), "jargon again, and the letter was late", 3, FeedbackTheme.Communication, world.Jordan.Id),
                Row(February, "jargon everywhere", 4, FeedbackTheme.Communication),
                Row(February, "the jargon is confusing", 4, FeedbackTheme.Communication),
                Row(February, "so much jargon", 1, FeedbackTheme.Communication),
                Row(February, "jargon jargon", 1, FeedbackTheme.Communication),
            };
            db.Feedback.AddRange(february);
            var days = new[] { 1, 2, 3, 4, 10, 5 };
            for (var i = 0; i < days.Length; i++)
            {
                db.FeedbackResponses.Add(new FeedbackResponse { YouSaid = "q", WeDid = "d", CreatedAt = february[i].CreatedAt.AddDays(days[i]), CreatedById = world.Priya.Id, LocalityId = world.North.Id, Feedback = [february[i]] });
            }
            // South: three people.
            for (var i = 0; i < 3; i++)
            {
                db.Feedback.Add(Row(February, "fine", 4, FeedbackTheme.TypeOfHelp, locality: world.South.Id));
            }
            // A disclosure, counted but kept out of the words.
            for (var i = 0; i < 5; i++)
            {
                db.Feedback.Add(Row(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero), "secretword", null, null, flagged: true));
            }
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_month_with_fewer_than_five_people_is_suppressed_and_says_why()
    {
        var summary = await SummaryAsync("north", world.SamStaff);

        var january = summary.Months[0];
        Assert.Equal(new DateOnly(2026, 1, 1), january.Month);
        Assert.Null(january.People.Value);
        Assert.Null(january.HappyWithHelp.Value);
        Assert.Equal("fewer than 5 people", january.HappyWithHelp.SuppressedBecause);
        Assert.Equal("fewer than 5 people", january.People.SuppressedBecause);
    }

    [Fact]
    public async Task A_month_with_five_people_shows_its_averages()
    {
        var summary = await SummaryAsync("north", world.SamStaff);

        var february = summary.Months[1];
        Assert.Equal(5, february.People.Value);
        Assert.Equal(Math.Round((5 + 3 + 4 + 4 + 1 + 1) / 6.0, 2), february.HappyWithHelp.Value);
        Assert.Equal("fewer than 5 people", february.ListenedTo.SuppressedBecause);
        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)], summary.Months.Select(m => m.Month));
    }

    [Fact]
    public async Task Response_time_is_suppressed_when_fewer_than_five_people_had_a_response()
    {
        await host.DbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM feedback_responses WHERE created_at = (SELECT max(created_at) FROM feedback_responses WHERE we_did = 'd' AND created_at < '2026-02-16')"));

        var summary = await SummaryAsync("north", world.SamStaff);

        Assert.Equal("fewer than 5 people", summary.MedianDaysToRespond.SuppressedBecause);
    }

    [Fact]
    public async Task Response_time_is_the_median_days_and_the_share_counts_items_with_a_response()
    {
        var summary = await SummaryAsync("north", world.SamStaff);

        Assert.Equal(3.5, summary.MedianDaysToRespond.Value);
        Assert.Equal(Math.Round(6 / 15.0, 3), summary.ShareResponded.Value);
        Assert.Equal(14, summary.People.Value);
    }

    [Fact]
    public async Task Theme_counts_under_five_are_hidden_but_zero_is_shown()
    {
        var summary = await SummaryAsync("north", world.SamStaff);

        var themes = summary.Themes.ToDictionary(t => t.Theme?.ToString() ?? "none", t => t.Count);
        Assert.Equal(5, themes["Communication"].Value);
        Assert.True(themes["Relationships"].IsSuppressed);
        Assert.Equal(0, themes["PeopleWhoHelp"].Value);
        Assert.Equal(5, themes["none"].Value);
    }

    [Fact]
    public async Task Most_used_words_need_five_people_leave_out_stop_words_and_flagged_text()
    {
        var summary = await SummaryAsync("north", world.SamStaff);

        Assert.Equal(new WordCount("jargon", 5), Assert.Single(summary.Words));
        Assert.DoesNotContain(summary.Words, w => w.Word is "the" or "boring" or "secretword");
    }

    [Fact]
    public async Task A_locality_with_fewer_than_five_people_shows_no_figures_at_all()
    {
        var summary = await SummaryAsync("south", world.OlaStaff);

        Assert.True(summary.People.IsSuppressed);
        Assert.True(summary.ShareResponded.IsSuppressed);
        Assert.True(summary.MedianDaysToRespond.IsSuppressed);
        Assert.All(summary.Months, m => Assert.True(m.HappyWithHelp.IsSuppressed));
        Assert.All(summary.Themes, t => Assert.True(t.Count.Value is null or 0));
    }

    [Fact]
    public async Task Only_managers_of_the_locality_get_a_summary()
    {
        var other = await host.RunAsync<FeedbackDashboard, FeedbackResult<FeedbackSummary>>(d => d.FeedbackSummaryAsync("north", From, To, world.OlaStaff));
        var practitioner = await host.RunAsync<FeedbackDashboard, FeedbackResult<FeedbackSummary>>(d => d.FeedbackSummaryAsync("north", From, To, world.PriyaStaff));
        var unknown = await host.RunAsync<FeedbackDashboard, FeedbackResult<FeedbackSummary>>(d => d.FeedbackSummaryAsync("atlantis", From, To, world.SamStaff));

        Assert.IsType<NotInYourLocality>(Assert.Single(other.Errors));
        Assert.IsType<ManagersOnly>(Assert.Single(practitioner.Errors));
        Assert.IsType<UnknownLocality>(Assert.Single(unknown.Errors));
    }

    [Fact]
    public async Task The_scores_chart_leaves_suppressed_months_out_and_says_so_in_its_table()
    {
        var chart = FeedbackCharts.AverageScores(await SummaryAsync("north", world.SamStaff));

        var svg = XDocument.Parse(chart.Svg).Root!;
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Jan 2026", chart.Table.Rows[0].Header);
        Assert.All(chart.Table.Rows[0].Cells, c => Assert.Equal("Not shown (fewer than 5 people)", c));
        Assert.Equal(["3.0", "Not shown (fewer than 5 people)", "Not shown (fewer than 5 people)", "3.0"], chart.Table.Rows[1].Cells);
    }

    private async Task<FeedbackSummary> SummaryAsync(string locality, StaffMember manager)
    {
        var result = await host.RunAsync<FeedbackDashboard, FeedbackResult<FeedbackSummary>>(d => d.FeedbackSummaryAsync(locality, From, To, manager));
        Assert.Empty(result.Errors);
        return result.Value!;
    }

    private FeedbackRow Row(DateTimeOffset at, string text, int? happy, FeedbackTheme? theme, Guid? author = null, Guid? locality = null, bool flagged = false) => new()
    {
        CreatedAt = at,
        Text = text,
        HappyWithHelp = happy,
        ExplainedClearly = happy,
        Theme = theme,
        AuthorPersonId = author,
        Anonymous = author is null,
        LocalityId = locality ?? world.North.Id,
        SafeguardingFlag = flagged,
        Status = FeedbackStatus.Received,
    };
}
