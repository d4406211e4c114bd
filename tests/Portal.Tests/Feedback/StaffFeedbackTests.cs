using RightHelp.Portal.Api.Feedback;
using RightHelp.Portal.Components.StaffFeedback;
using RightHelp.Portal.Tests.Components;
using System.Security.Claims;

namespace RightHelp.Portal.Tests.Feedback;

public class StaffFeedbackTests
{
    private static StaffFeedbackQuery NoFilters() => new(null, null, null, null, null, null);

    [Fact]
    public async Task The_list_offers_a_checkbox_per_item_to_answer_several_with_one_response()
    {
        var connection = new FeedbackConnection(2, [FeedbackData.Item("a"), FeedbackData.Item("b", flagged: true, status: FeedbackStatus.Read)], new PageInfo(false, null));

        var document = await ComponentRenderer.RenderAsync<StaffFeedbackListView>(new() { ["Connection"] = connection, ["Query"] = NoFilters() });

        var form = document.QuerySelector("form[action='/staff/feedback/respond']")!;
        Assert.Equal(["a", "b"], form.QuerySelectorAll("input[type=checkbox][name=id]").Select(box => box.GetAttribute("value")));
        Assert.All(form.QuerySelectorAll("input[type=checkbox]"), box => Assert.NotNull(document.QuerySelector($"label[for='{box.Id}']")));
        var rows = document.QuerySelectorAll("tbody tr");
        Assert.Equal("/staff/feedback/a", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2", rows[0].QuerySelectorAll("td")[3].TextContent);
        Assert.Null(rows[0].QuerySelector(".govuk-tag--red"));
        Assert.Equal("Safeguarding", rows[1].QuerySelector(".govuk-tag--red")!.TextContent);
        Assert.Null(document.QuerySelector(".govuk-pagination"));
    }

    [Fact]
    public async Task Filters_are_kept_in_the_form_and_in_the_page_links()
    {
        var query = new StaffFeedbackQuery("relationships", "north-shore", "read", "2", "2026-11-01", "not a date", After: "c2");
        var connection = new FeedbackConnection(45, [FeedbackData.Item()], new PageInfo(true, "c3"));

        var document = await ComponentRenderer.RenderAsync<StaffFeedbackListView>(new()
        {
            ["Connection"] = connection, ["Query"] = query, ["Localities"] = FeedbackData.Localities, ["PageSize"] = 20,
        });

        Assert.Equal("relationships", document.QuerySelector("#filter-theme option[selected]")!.GetAttribute("value"));
        Assert.Equal("read", document.QuerySelector("#filter-status option[selected]")!.GetAttribute("value"));
        Assert.Equal("2", document.QuerySelector("#filter-score option[selected]")!.GetAttribute("value"));
        Assert.Equal("2026-11-01", document.QuerySelector("#filter-from")!.GetAttribute("value"));
        Assert.Equal("/staff/feedback?theme=relationships&locality=north-shore&status=read&score=2&from=2026-11-01&to=not%20a%20date&after=c3&trail=c2",
            document.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/staff/feedback?theme=relationships&locality=north-shore&status=read&score=2&from=2026-11-01&to=not%20a%20date",
            document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("Page 3 of 3", document.QuerySelector("a[rel=next] .govuk-pagination__link-label")!.TextContent);
        Assert.Equal(new FeedbackFilter(FeedbackTheme.Relationships, "TG9jYWxpdHk6MQ", FeedbackStatus.Read, 2, new DateOnly(2026, 11, 1), null),
            query.Filter(FeedbackData.Localities));
    }

    [Fact]
    public void Previous_follows_the_trail_of_cursors_back_to_the_first_page()
    {
        var third = new StaffFeedbackQuery(null, null, null, null, null, null, After: "c3", Trail: "c2");

        Assert.Equal(3, third.Page);
        Assert.Equal("/staff/feedback?after=c2", third.PreviousHref);
        Assert.Equal("/staff/feedback?after=c4&trail=c2.c3", third.NextHref("c4"));
        Assert.Equal(1, NoFilters().Page);
        Assert.Null(NoFilters().PreviousHref);
        Assert.Equal("/staff/feedback?after=c2", NoFilters().NextHref("c2"));
    }

    [Fact]
    public async Task The_list_says_when_it_cannot_be_shown()
    {
        var document = await ComponentRenderer.RenderAsync<StaffFeedbackListView>(new() { ["Connection"] = null, ["Query"] = NoFilters() });

        Assert.Contains("We cannot show feedback just now", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("a[href='/staff/feedback/dashboard']"));
    }

    [Fact]
    public async Task An_item_shows_the_words_the_scores_and_a_safeguarding_warning()
    {
        var document = await ComponentRenderer.RenderAsync<FeedbackItemView>(new() { ["Item"] = FeedbackData.Item(flagged: true) });

        Assert.Equal("Feedback from Jordan Harlow", document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(document.QuerySelector(".govuk-warning-text"));
        Assert.Equal("My worker never rings back when she says she will.", document.QuerySelector("#feedback-text")!.TextContent);
        var values = document.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(row => row.QuerySelector("dt")!.TextContent, row => row.QuerySelector("dd")!.TextContent);
        Assert.Equal("2 out of 5 (Not really)", values["Things were explained clearly"]);
        Assert.Equal("Not answered", values["I felt listened to"]);
        Assert.Equal("Received", values["Status"]);
    }

    [Fact]
    public void Respond_checks_the_words_and_puts_Api_errors_on_their_fields()
    {
        var empty = RespondValidation.Check(new RespondForm { YouSaid = new string('q', 281) }).ToArray();

        Assert.Equal(["Text", "YouSaid"], empty.Select(error => error.Field));
        Assert.Equal(RespondValidation.TryAgain, RespondValidation.FromApi(null, false).Single().Message);
        Assert.Equal(("Write a quote", "YouSaid"), RespondValidation.FromApi([new Api.Family.ApiError("Write a quote", "youSaid")], false).Single());
        var input = RespondValidation.ToInput(["a", "b"], new RespondForm { Text = " We did it ", Theme = "type-of-help", YouSaid = " " });
        Assert.Equal(["a", "b"], input.FeedbackIds);
        Assert.Equal(("We did it", FeedbackTheme.TypeOfHelp, (string?)null), (input.Text, input.Theme, input.YouSaid));
    }

    [Theory]
    [InlineData("practitioner", true, false)]
    [InlineData("manager", true, true)]
    [InlineData("young_person", false, false)]
    [InlineData("parent", false, false)]
    public void Staff_pages_open_only_for_the_roles_they_are_for(string role, bool staff, bool manager)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("role", role)], "test"));

        Assert.Equal(staff, StaffAccess.IsStaff(user));
        Assert.Equal(manager, StaffAccess.IsManager(user));
    }

    [Fact]
    public async Task The_dashboard_withholds_figures_for_fewer_than_five_people()
    {
        var summary = new FeedbackSummary("North Shore", 3, null, null, [], [], [], Suppressed: true);

        var document = await ComponentRenderer.RenderAsync<FeedbackDashboardView>(new() { ["Summary"] = summary, ["Query"] = NoFilters() });

        Assert.Contains("Fewer than 5 people", document.QuerySelector("#suppressed")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("svg, table, .govuk-summary-list"));
    }

    [Fact]
    public async Task The_dashboard_shows_each_chart_with_its_table_beside_it()
    {
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"c1\" viewBox=\"0 0 10 10\"><title id=\"c1\">Explained clearly</title><rect width=\"5\" height=\"5\"></rect></svg>";
        var table = new FeedbackChartTable("Average score by month", ["Month", "Average"], [["October 2026", "3.5"], ["November 2026", "4.0"]]);
        var summary = new FeedbackSummary("North Shore", 12, 0.5, 4.5,
            [new FeedbackChart("Things were explained clearly", svg, table), new FeedbackChart("Bad", "<script>alert(1)</script>", table)],
            [new FeedbackThemeCount(FeedbackTheme.Communication, 7)], [new FeedbackWordCount("worker", 9)], Suppressed: false);

        var document = await ComponentRenderer.RenderAsync<FeedbackDashboardView>(new() { ["Summary"] = summary, ["Query"] = NoFilters() });

        Assert.Single(document.QuerySelectorAll("svg[role=img]"));
        Assert.Empty(document.QuerySelectorAll("script"));
        var firstRow = document.QuerySelectorAll(".portal-chart")[0].ParentElement!;
        Assert.Equal("Average score by month", firstRow.QuerySelector("table caption")!.TextContent);
        Assert.Equal(["October 2026", "November 2026"], firstRow.QuerySelectorAll("tbody th").Select(cell => cell.TextContent));
        var figures = document.QuerySelectorAll(".govuk-summary-list__value").Select(value => value.TextContent).ToArray();
        Assert.Equal(["12", "50%", "4.5 days"], figures);
        Assert.Contains(document.QuerySelectorAll("tbody th"), cell => cell.TextContent == "How we talk with you");
        Assert.Contains(document.QuerySelectorAll("tbody th"), cell => cell.TextContent == "worker");
    }
}
