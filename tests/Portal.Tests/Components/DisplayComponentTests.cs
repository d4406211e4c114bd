using Microsoft.AspNetCore.Components;
using RightHelp.Portal.Components.GovUk;
using static RightHelp.Portal.Tests.Components.ComponentRenderer;

namespace RightHelp.Portal.Tests.Components;

public class DisplayComponentTests
{
    private static RenderFragment Text(string text) => builder => builder.AddContent(0, text);

    [Fact]
    public async Task Button_is_a_submit_button_by_default()
    {
        var document = await RenderAsync<Button>(new() { ["Text"] = "Save" });

        var button = document.QuerySelector("button.govuk-button[data-module=govuk-button]")!;
        Assert.Equal("submit", button.GetAttribute("type"));
        Assert.Equal("Save", button.TextContent.Trim());
    }

    [Fact]
    public async Task Start_button_is_a_link_with_role_button_and_an_arrow_hidden_from_screen_readers()
    {
        var document = await RenderAsync<Button>(new() { ["Text"] = "Start now", ["Href"] = "/start", ["IsStart"] = true });

        var link = document.QuerySelector("a.govuk-button.govuk-button--start")!;
        Assert.Equal("button", link.GetAttribute("role"));
        Assert.Equal("/start", link.GetAttribute("href"));
        Assert.Equal("true", link.QuerySelector("svg.govuk-button__start-icon")!.GetAttribute("aria-hidden"));
        Assert.Null(document.QuerySelector("button"));
    }

    [Theory]
    [InlineData(TagColour.Default, "govuk-tag")]
    [InlineData(TagColour.Green, "govuk-tag govuk-tag--green")]
    [InlineData(TagColour.LightBlue, "govuk-tag govuk-tag--light-blue")]
    public async Task Tag_has_the_class_of_its_colour(TagColour colour, string classes)
    {
        var document = await RenderAsync<Tag>(new() { ["Text"] = "Done", ["Colour"] = colour });

        Assert.Equal(classes, document.QuerySelector("strong")!.ClassName);
    }

    [Fact]
    public async Task Success_banner_is_announced_as_an_alert_and_labelled_by_its_title()
    {
        var document = await RenderAsync<NotificationBanner>(new() { ["Success"] = true, ["Heading"] = "Your views have been sent" });

        var banner = document.QuerySelector(".govuk-notification-banner.govuk-notification-banner--success")!;
        Assert.Equal("alert", banner.GetAttribute("role"));
        var titleId = banner.GetAttribute("aria-labelledby")!;
        Assert.Equal("Success", document.GetElementById(titleId)!.TextContent);
    }

    [Fact]
    public async Task Important_banner_is_a_region()
    {
        var document = await RenderAsync<NotificationBanner>(new() { ["Heading"] = "Your meeting has moved" });

        Assert.Equal("region", document.QuerySelector(".govuk-notification-banner")!.GetAttribute("role"));
        Assert.Equal("Important", document.QuerySelector(".govuk-notification-banner__title")!.TextContent);
    }

    [Fact]
    public async Task Summary_list_action_tells_screen_readers_what_it_changes()
    {
        var document = await RenderAsync<SummaryList>(new()
        {
            ["Rows"] = new List<SummaryListRow>
            {
                new("Phone", "01632 960 555", "/phone", "Change", "phone number"),
                new("Worker", "Alex Example"),
            },
        });

        var rows = document.QuerySelectorAll(".govuk-summary-list__row");
        Assert.Equal("Change phone number", rows[0].QuerySelector(".govuk-summary-list__actions a")!.TextContent.Trim());
        Assert.Equal("phone number", rows[0].QuerySelector(".govuk-visually-hidden")!.TextContent.Trim());
        Assert.Contains("govuk-summary-list__row--no-actions", rows[1].ClassList);
        Assert.Equal(["Phone", "Worker"], document.QuerySelectorAll("dt.govuk-summary-list__key").Select(key => key.TextContent));
    }

    [Fact]
    public async Task Pagination_marks_the_current_page_and_labels_page_links()
    {
        var document = await RenderAsync<Pagination>(new()
        {
            ["PreviousHref"] = "?page=1",
            ["NextHref"] = "?page=3",
            ["Items"] = new List<PaginationItem> { new(1, "?page=1"), new(2, "?page=2", Current: true), PaginationItem.Ellipsis, new(9, "?page=9") },
        });

        var current = document.QuerySelector(".govuk-pagination__item--current a")!;
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.Equal("Page 2", current.GetAttribute("aria-label"));
        Assert.Single(document.QuerySelectorAll(".govuk-pagination__item--ellipses"));
        Assert.Equal("prev", document.QuerySelector(".govuk-pagination__prev a")!.GetAttribute("rel"));
        Assert.Equal("Next page", document.QuerySelector(".govuk-pagination__next .govuk-pagination__link-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Table_headers_have_scopes()
    {
        var document = await RenderAsync<Table>(new()
        {
            ["Caption"] = "Meetings",
            ["Head"] = new[] { "Meeting", "When" },
            ["Rows"] = new List<IReadOnlyList<string>> { new[] { "Core group", "Monday" } },
            ["FirstCellIsHeader"] = true,
        });

        Assert.Equal(["col", "col"], document.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")));
        Assert.Equal("row", document.QuerySelector("tbody th.govuk-table__header")!.GetAttribute("scope"));
        Assert.Equal("Monday", document.QuerySelector("tbody td.govuk-table__cell")!.TextContent);
        Assert.Equal("Meetings", document.QuerySelector("caption.govuk-table__caption")!.TextContent);
    }

    [Fact]
    public async Task Task_list_links_are_described_by_their_status()
    {
        var document = await RenderAsync<TaskList>(new()
        {
            ["Items"] = new List<TaskListItem>
            {
                new("Your views", "/views", "Not started", TagColour.Blue),
                new("The meeting", null, "Cannot start yet"),
            },
        });

        var link = document.QuerySelector("a.govuk-task-list__link")!;
        var status = document.GetElementById(link.GetAttribute("aria-describedby")!)!;
        Assert.Equal("Not started", status.TextContent.Trim());
        Assert.NotNull(status.QuerySelector("strong.govuk-tag.govuk-tag--blue"));
        Assert.NotNull(document.QuerySelector(".govuk-task-list__status--cannot-start-yet"));
    }

    [Fact]
    public async Task Details_summary_shows_and_content_is_inside_the_details()
    {
        var document = await RenderAsync<Details>(new() { ["Summary"] = "What is a core group?", ["ChildContent"] = Text("A small group who meet often.") });

        Assert.Equal("What is a core group?", document.QuerySelector("details.govuk-details summary .govuk-details__summary-text")!.TextContent);
        Assert.Equal("A small group who meet often.", document.QuerySelector("details .govuk-details__text")!.TextContent);
        Assert.False(document.QuerySelector("details")!.HasAttribute("open"));
    }

    [Fact]
    public async Task Warning_text_has_hidden_fallback_text_for_its_icon()
    {
        var document = await RenderAsync<WarningText>(new() { ["ChildContent"] = Text("Call 999 in an emergency.") });

        Assert.Equal("true", document.QuerySelector(".govuk-warning-text__icon")!.GetAttribute("aria-hidden"));
        Assert.Equal("Warning", document.QuerySelector(".govuk-warning-text__text .govuk-visually-hidden")!.TextContent);
    }

    [Fact]
    public async Task Breadcrumbs_end_with_the_current_page_unlinked()
    {
        var document = await RenderAsync<Breadcrumbs>(new()
        {
            ["Items"] = new List<NavigationItem> { new("Home", "/"), new("Help with words", "/glossary") },
            ["Current"] = "Core group",
        });

        Assert.Equal("Breadcrumb", document.QuerySelector("nav.govuk-breadcrumbs")!.GetAttribute("aria-label"));
        var items = document.QuerySelectorAll(".govuk-breadcrumbs__list-item");
        Assert.Equal(3, items.Length);
        Assert.Equal("page", items[2].GetAttribute("aria-current"));
        Assert.Null(items[2].QuerySelector("a"));
    }

    [Fact]
    public async Task Panel_title_is_the_page_heading()
    {
        var document = await RenderAsync<Panel>(new() { ["Title"] = "Views sent", ["ChildContent"] = Text("Your worker will read them before the meeting.") });

        Assert.Equal("Views sent", document.QuerySelector(".govuk-panel--confirmation h1.govuk-panel__title")!.TextContent);
    }

    [Fact]
    public async Task Phase_banner_shows_the_phase_as_a_tag()
    {
        var document = await RenderAsync<PhaseBanner>(new() { ["Phase"] = "Beta", ["ChildContent"] = Text("This is a new service.") });

        Assert.Equal("Beta", document.QuerySelector(".govuk-phase-banner__content__tag.govuk-tag")!.TextContent);
    }

    [Fact]
    public async Task Back_link_goes_where_it_is_told()
    {
        var document = await RenderAsync<BackLink>(new() { ["Href"] = "/glossary" });

        var link = document.QuerySelector("a.govuk-back-link")!;
        Assert.Equal("/glossary", link.GetAttribute("href"));
        Assert.Equal("Back", link.TextContent);
    }

    [Fact]
    public async Task Fieldset_legend_can_be_the_page_heading()
    {
        var document = await RenderAsync<Fieldset>(new() { ["Legend"] = "Your meeting", ["IsPageHeading"] = true, ["ChildContent"] = Text("fields") });

        var legend = document.QuerySelector("fieldset.govuk-fieldset > legend.govuk-fieldset__legend.govuk-fieldset__legend--l")!;
        Assert.Equal("Your meeting", legend.QuerySelector("h1.govuk-fieldset__heading")!.TextContent);
        Assert.Contains("fields", document.QuerySelector("fieldset")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footer_lists_its_links_under_a_hidden_heading()
    {
        var document = await RenderAsync<Footer>(new()
        {
            ["Links"] = new List<NavigationItem> { new("Accessibility statement", "/accessibility"), new("Privacy notice", "/privacy") },
            ["Copyright"] = "© Northshire Council",
        });

        Assert.Equal("Support links", document.QuerySelector(".govuk-footer h2.govuk-visually-hidden")!.TextContent);
        Assert.Equal(["/accessibility", "/privacy"], document.QuerySelectorAll(".govuk-footer__inline-list a.govuk-footer__link").Select(link => link.GetAttribute("href")));
        Assert.Null(document.QuerySelector(".govuk-footer__crown"));
    }

    [Fact]
    public async Task Header_is_the_generic_header_without_the_GOV_UK_crown()
    {
        var document = await RenderAsync<Header>(new() { ["OrganisationName"] = "Northshire Council" });

        Assert.Equal("Northshire Council", document.QuerySelector(".govuk-generic-header a.govuk-generic-header__homepage-link")!.TextContent);
        Assert.Null(document.QuerySelector("svg"));
    }

    [Fact]
    public async Task Pagination_between_content_pages_names_the_neighbours()
    {
        var document = await RenderAsync<Pagination>(new()
        {
            ["PreviousHref"] = "/right-help-right-time/universal-help",
            ["PreviousLabel"] = "Universal help",
            ["NextHref"] = "/right-help-right-time/specialist-help-child-in-need",
            ["NextLabel"] = "Specialist help (child in need)",
        });

        Assert.Contains("govuk-pagination--block", document.QuerySelector("nav")!.ClassList);
        Assert.Equal("Universal help", document.QuerySelector(".govuk-pagination__prev .govuk-pagination__link-label")!.TextContent);
        Assert.Equal("Specialist help (child in need)", document.QuerySelector(".govuk-pagination__next .govuk-pagination__link-label")!.TextContent);
        Assert.Null(document.QuerySelector(".govuk-pagination__list"));
    }
}
