using RightHelp.Portal.Api.Family;
using RightHelp.Portal.Components.Family;
using static RightHelp.Portal.Tests.Family.FamilyRenderer;

namespace RightHelp.Portal.Tests.Family;

public class PlanViewTests
{
    [Fact]
    public async Task Plan_shows_each_section_as_a_heading_with_the_Apis_explained_terms()
    {
        var document = await Render<PlanView>(("Plan", FamilyData.Plan()));

        Assert.Equal("Jordan's plan", document.QuerySelector("h1")!.TextContent);
        var headings = document.QuerySelectorAll("section > h2").Select(h => h.TextContent).ToArray();
        Assert.Equal(["What we are worried about", "What is working well"], headings);
        var section = document.QuerySelector("section[aria-labelledby='section-what_we_are_worried_about']")!;
        Assert.Equal("TAF", section.QuerySelector("dfn")!.TextContent);
    }

    [Fact]
    public async Task Who_does_what_by_when_is_a_table_with_a_status_tag_for_each_action()
    {
        var document = await Render<PlanView>(("Plan", FamilyData.Plan()));

        var table = document.QuerySelectorAll("table.govuk-table").First(t => t.QuerySelector("caption")!.TextContent == "Things to do");
        Assert.Equal(["Who", "What", "By when", "Now"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Equal("18 December 2026", rows[0].QuerySelectorAll("td")[1].TextContent);
        Assert.Equal(
            [("Done", "govuk-tag--green"), ("Doing now", "govuk-tag--light-blue"), ("Not started", "govuk-tag--grey")],
            rows.Select(row => row.QuerySelector("strong.govuk-tag")!).Select(tag => (tag.TextContent, tag.ClassList.Last())));
    }

    [Fact]
    public async Task First_visit_says_so_instead_of_listing_changes()
    {
        var document = await Render<PlanView>(("Plan", FamilyData.Plan(new PlanChanges(null, 2, [], [], [], []))));

        Assert.Contains("This is the first time you have opened this plan.", document.Body!.TextContent);
    }

    [Fact]
    public async Task Changes_since_last_visit_list_changed_sections_and_new_and_finished_actions()
    {
        var changes = new PlanChanges(1, 2, ["What is working well"],
            [FamilyData.Action("Book a dentist", ActionStatus.NotStarted)], [], [FamilyData.Action("Find a football club", ActionStatus.Done)]);
        var document = await Render<PlanView>(("Plan", FamilyData.Plan(changes)));

        Assert.Equal("What is working well", document.QuerySelector("ul.govuk-list--bullet li")!.TextContent);
        var captions = document.QuerySelectorAll("table caption").Select(caption => caption.TextContent).ToArray();
        Assert.Contains("New things to do", captions);
        Assert.Contains("Things that are done", captions);
        Assert.DoesNotContain("Things that have changed", captions);
    }

    [Fact]
    public async Task Who_has_looked_shows_role_and_team_in_a_details_component()
    {
        var document = await Render<PlanView>(("Plan", FamilyData.Plan()));

        var details = document.QuerySelector("details.govuk-details")!;
        Assert.Equal("Who has looked at this plan", details.QuerySelector(".govuk-details__summary-text")!.TextContent);
        Assert.Equal("Family support worker, North hub", details.QuerySelector("tbody td")!.TextContent);
    }
}
