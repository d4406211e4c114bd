using AngleSharp.Dom;
using RightHelp.Portal.Api;
using RightHelp.Portal.Api.Feedback;
using RightHelp.Portal.Components.Feedback;
using RightHelp.Portal.Components.StaffFeedback;
using RightHelp.Portal.Tests.Components;
using RightHelp.Portal.Tests.Feedback;

namespace RightHelp.Portal.Tests.Security;

/// <summary>
/// What people type (feedback, staff answers) rendered by the real components and parsed as a
/// browser would: every hostile snippet comes back as the visible text it was, and adds no
/// element, attribute or script address to the page.
/// </summary>
public sealed class HostileTextRenderingTests
{
    public static TheoryData<string> Hostile() =>
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">click me</a>",
        "[click me](javascript:alert(1))",
        "\"><svg onload=alert(1)>",
        "<iframe src=\"https://evil.example/\"></iframe>",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Feedback_text_shows_as_text_to_staff(string hostile)
    {
        var item = FeedbackData.Item(text: hostile);

        var document = await ComponentRenderer.RenderAsync<FeedbackItemView>(new() { ["Item"] = item });

        AssertShownAsText(document, hostile);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Feedback_text_shows_as_text_in_the_staff_list(string hostile)
    {
        var connection = new FeedbackConnection(1, [FeedbackData.Item(text: hostile)], new PageInfo(false, null));

        var document = await ComponentRenderer.RenderAsync<StaffFeedbackListView>(new()
        {
            ["Connection"] = connection, ["Query"] = new StaffFeedbackQuery(null, null, null, null, null, null),
        });

        AssertShownAsText(document, hostile);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task You_said_and_we_did_show_as_text_on_the_public_board(string hostile)
    {
        var board = new YouSaidWeDidConnection(1, [new YouSaidWeDid("WW91U2FpZDox", hostile, hostile, FeedbackTheme.PeopleWhoHelp, "North Shore", DateTimeOffset.UtcNow)], new PageInfo(false, null));

        var document = await ComponentRenderer.RenderAsync<YouSaidWeDidView>(new() { ["Board"] = board });

        AssertShownAsText(document, hostile);
    }

    private static void AssertShownAsText(IDocument document, string hostile)
    {
        Assert.Contains(hostile, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script, img, iframe, svg[onload]"));
        var attributes = document.All.SelectMany(element => element.Attributes).ToList();
        Assert.DoesNotContain(attributes, attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, attribute => attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }
}
