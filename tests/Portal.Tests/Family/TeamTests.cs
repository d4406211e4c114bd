using RightHelp.Portal.Api.Family;
using RightHelp.Portal.Components.Family;
using static RightHelp.Portal.Tests.Family.FamilyRenderer;

namespace RightHelp.Portal.Tests.Family;

public class TeamTests
{
    [Fact]
    public async Task Worker_who_is_leaving_says_when_and_who_takes_over()
    {
        var document = await Render<TeamMemberCard>(("Member", FamilyData.Worker(new DateOnly(2026, 12, 18), FamilyData.NextWorker())));

        Assert.Equal("Priya Shah (she/her)", document.QuerySelector("h2.govuk-summary-card__title")!.TextContent);
        var warning = document.QuerySelector(".govuk-warning-text__text")!.TextContent;
        Assert.Contains("Priya Shah is leaving on 18 December 2026.", warning);
        Assert.Contains("Tom Reed will take over.", warning);
        Assert.Equal("mailto:priya.shah@northshire.example.test", document.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal("tel:01632960201", document.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Worker_who_is_staying_has_no_warning()
    {
        var document = await Render<TeamMemberCard>(("Member", FamilyData.Worker()));

        Assert.Null(document.QuerySelector(".govuk-warning-text"));
    }

    [Fact]
    public async Task Questions_show_the_answer_or_the_promised_reply_date_newest_first()
    {
        var asked = FamilyData.MeetingStart.AddDays(-7);
        Question[] questions =
        [
            new("q1", "When is the meeting?", asked, asked.AddDays(2), "It is on 8 December.", asked.AddDays(1)),
            new("q2", "Can Jordan come?", asked.AddDays(1), asked.AddDays(3), null, null),
        ];
        var document = await Render<QuestionList>(("Questions", questions));

        var cards = document.QuerySelectorAll(".govuk-summary-card");
        Assert.Equal("Waiting for a reply", cards[0].QuerySelector("strong.govuk-tag.govuk-tag--yellow")!.TextContent);
        Assert.Equal("We will reply by Friday 4 December at 10am.", cards[0].QuerySelectorAll("dd")[1].TextContent.Trim());
        Assert.Equal("Answered", cards[1].QuerySelector("strong.govuk-tag.govuk-tag--green")!.TextContent);
        Assert.Equal("It is on 8 December.", cards[1].QuerySelectorAll("dd")[1].TextContent.Trim());
    }
}
