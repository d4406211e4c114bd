using RightHelp.Portal.Api.Offers;
using RightHelp.Portal.Components.Schools;
using RightHelp.Portal.Tests.Content;
using static RightHelp.Portal.Tests.Family.FamilyRenderer;

namespace RightHelp.Portal.Tests.Schools;

public class LocalitySupportTests
{
    private static readonly RightHelp.Portal.Content.ContentStore Content = ContentFolder.Real();

    private static readonly IReadOnlyList<LocalityContact> Localities =
    [
        new("North", "north", "Northgate Family Hub", "01632 960101", "north.earlyhelp@example.test",
            [new(new DateTimeOffset(2026, 12, 8, 9, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 8, 11, 30, 0, TimeSpan.Zero), "Northgate Family Hub", "Plan together.")]),
        new("South", "south", "Southmere Family Hub", "01632 960202", "south.earlyhelp@example.test", []),
    ];

    [Fact]
    public async Task Each_level_says_what_a_school_does_and_who_to_call()
    {
        var document = await Render<LocalitySupportView>(("Levels", Content.Levels), ("Offer", Content.FindPage("inclusion-and-wellbeing-offer")), ("Localities", Localities));

        var levels = document.QuerySelectorAll("h3[id^='level-']").Select(h => h.TextContent).ToList();
        Assert.Equal(Content.Levels.Select(l => $"{l.Order}. {l.Title}"), levels);
        Assert.Equal(4, document.QuerySelectorAll("h4").Count(h => h.TextContent == "What to do"));
        Assert.Equal(4, document.QuerySelectorAll("h4").Count(h => h.TextContent == "Who to call"));
        Assert.Contains("early help assessment", document.QuerySelector("#level-early-help ~ p, #level-early-help ~ ul")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(document.QuerySelectorAll("h2"), h => h.TextContent == "For schools and partners");
    }

    [Fact]
    public async Task Contacts_offer_tiers_and_meeting_dates_are_all_on_the_page()
    {
        var document = await Render<LocalitySupportView>(("Levels", Content.Levels), ("Offer", Content.FindPage("inclusion-and-wellbeing-offer")), ("Localities", Localities));

        Assert.Equal("tel:01632960101", document.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Equal("mailto:south.earlyhelp@example.test", document.QuerySelectorAll("a[href^='mailto:']")[1].GetAttribute("href"));
        var tiers = document.QuerySelectorAll("h3").Select(h => h.TextContent).Where(t => t.Contains(':', StringComparison.Ordinal)).ToList();
        Assert.Equal(["Universal: for every pupil", "Targeted: for pupils who need something extra", "Specialist: for pupils with complex needs"], tiers);
        Assert.Contains("Tuesday 8 December from 9:30am to 11:30am, Northgate Family Hub", document.QuerySelector("#meetings ~ ul.govuk-list--bullet")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No dates are set yet.", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_is_found_by_its_heading_without_the_heading_itself()
    {
        var level = Content.Levels[0];

        var section = RightHelp.Portal.Content.MarkdownSections.Find(level.Content, "For schools and partners");

        Assert.NotNull(section);
        Assert.StartsWith("Keep doing what you do well.", section.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2", section.Html, StringComparison.Ordinal);
        Assert.Null(RightHelp.Portal.Content.MarkdownSections.Find(level.Content, "No such heading"));
    }
}
