using RightHelp.Portal.Api.Feedback;
using RightHelp.Portal.Components.Feedback;
using RightHelp.Portal.Tests.Components;

namespace RightHelp.Portal.Tests.Feedback;

/// <summary>The giver's own feedback page and the public board.</summary>
public class FollowingFeedbackTests
{
    [Fact]
    public async Task Your_feedback_shows_each_status_and_the_answer_when_there_is_one()
    {
        MyFeedback[] items =
        [
            new("a", "The meeting was too long.", FeedbackStatus.Responded, FeedbackTheme.TypeOfHelp, FeedbackData.Given, new MyFeedbackResponse("Meetings now have a break.", FeedbackData.Given.AddDays(3))),
            new("b", "My worker is kind.", FeedbackStatus.Read, null, FeedbackData.Given, null),
            new("c", "I could not find the form.", FeedbackStatus.Received, null, FeedbackData.Given, null),
        ];

        var document = await ComponentRenderer.RenderAsync<YourFeedbackView>(new() { ["Items"] = items });

        var cards = document.QuerySelectorAll(".govuk-summary-card");
        Assert.Equal(["Responded", "Read", "Received"], cards.Select(card => card.QuerySelector(".govuk-tag")!.TextContent));
        Assert.Equal("govuk-tag govuk-tag--green", cards[0].QuerySelector(".govuk-tag")!.ClassName);
        Assert.Equal("You said on Tuesday 8 December", cards[0].QuerySelector("h2")!.TextContent);
        Assert.Contains("Meetings now have a break.", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Null(cards[1].QuerySelector("h3"));
    }

    [Fact]
    public async Task Your_feedback_says_kindly_when_it_cannot_be_shown_or_there_is_none()
    {
        var down = await ComponentRenderer.RenderAsync<YourFeedbackView>(new() { ["Items"] = null });
        var none = await ComponentRenderer.RenderAsync<YourFeedbackView>(new() { ["Items"] = Array.Empty<MyFeedback>() });

        Assert.Contains("We cannot show your feedback just now", down.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("You have not given any feedback with your name yet", none.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(none.QuerySelector("a[href='/feedback']"));
    }

    [Fact]
    public async Task The_board_pages_keep_the_filters_in_every_link()
    {
        var board = new YouSaidWeDidConnection(45, [.. Enumerable.Range(11, 10).Select(FeedbackData.BoardItem)], new PageInfo(true, "x"));

        var document = await ComponentRenderer.RenderAsync<YouSaidWeDidView>(new()
        {
            ["Board"] = board,
            ["Localities"] = FeedbackData.Localities,
            ["Theme"] = FeedbackTheme.PeopleWhoHelp,
            ["Locality"] = "southfield",
            ["Page"] = 2,
            ["PageSize"] = 10,
        });

        Assert.Equal(10, document.QuerySelectorAll(".govuk-summary-card").Length);
        var pages = document.QuerySelectorAll(".govuk-pagination__item a");
        Assert.Equal(["1", "2", "3", "5"], pages.Select(page => page.TextContent));
        Assert.Equal("page", document.QuerySelector(".govuk-pagination__item--current a")!.GetAttribute("aria-current"));
        Assert.Equal("/you-said-we-did?theme=people-who-help&locality=southfield&page=3", document.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/you-said-we-did?theme=people-who-help&locality=southfield", document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("people-who-help", document.QuerySelector("#theme option[selected]")!.GetAttribute("value"));
        Assert.Equal("southfield", document.QuerySelector("#locality option[selected]")!.GetAttribute("value"));
        Assert.Equal("get", document.QuerySelector("form")!.GetAttribute("method"));
    }

    [Fact]
    public async Task The_board_shows_the_quote_and_what_was_done()
    {
        var board = new YouSaidWeDidConnection(1, [FeedbackData.BoardItem(1)], new PageInfo(false, null));

        var document = await ComponentRenderer.RenderAsync<YouSaidWeDidView>(new() { ["Board"] = board });

        var card = document.QuerySelector(".govuk-summary-card")!;
        Assert.Equal("The people who help", card.QuerySelector("h2")!.TextContent);
        Assert.Contains("“Quote 1”", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Change 1", card.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector(".govuk-pagination"));
    }

    [Fact]
    public async Task The_board_says_kindly_when_it_cannot_be_shown()
    {
        var document = await ComponentRenderer.RenderAsync<YouSaidWeDidView>(new() { ["Board"] = null });

        Assert.Contains("We cannot show this just now", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 10, null)]
    [InlineData(3, 10, "b2Zmc2V0OjIw")]
    public void Page_cursors_are_the_offsets_the_Api_gives_out(int page, int size, string? cursor)
    {
        Assert.Equal(cursor, OffsetPages.After(page, size));
    }
}
