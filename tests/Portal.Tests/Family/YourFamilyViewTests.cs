using RightHelp.Portal.Components.Family;
using static RightHelp.Portal.Tests.Family.FamilyRenderer;

namespace RightHelp.Portal.Tests.Family;

public class YourFamilyViewTests
{
    [Fact]
    public async Task Your_family_lists_each_plan_with_a_link_that_names_the_plan_for_screen_readers()
    {
        var document = await Render<YourFamilyView>(("Families", new[] { FamilyData.Family(FamilyData.NextMeeting()) }));

        Assert.Equal("Your family", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Your plans", "Your next meeting", "Your team"], document.QuerySelectorAll("h2").Select(h => h.TextContent));
        var row = document.QuerySelector("dl.govuk-summary-list .govuk-summary-list__row")!;
        Assert.Equal("Jordan's plan", row.QuerySelector("dt.govuk-summary-list__key")!.TextContent);
        Assert.Equal("Early help plan", row.QuerySelector("dd.govuk-summary-list__value")!.TextContent);
        var link = row.QuerySelector(".govuk-summary-list__actions a")!;
        Assert.Equal("/plans/UGxhbjox", link.GetAttribute("href"));
        Assert.Equal("Read Jordan's plan", link.TextContent);
    }

    [Fact]
    public async Task Next_meeting_shows_when_in_uk_time_and_links_to_the_meeting()
    {
        var document = await Render<YourFamilyView>(("Families", new[] { FamilyData.Family(FamilyData.NextMeeting()) }));

        Assert.Contains("Tuesday 8 December at 10am", document.Body!.TextContent);
        Assert.NotNull(document.QuerySelector("a[href='/meetings/TWVldGluZzox']"));
    }

    [Fact]
    public async Task Family_with_no_meeting_is_told_so_plainly()
    {
        var document = await Render<YourFamilyView>(("Families", new[] { FamilyData.Family() }));

        Assert.Contains("You have no meeting booked.", document.Body!.TextContent);
        Assert.Null(document.QuerySelector("a[href^='/meetings/']"));
    }
}
