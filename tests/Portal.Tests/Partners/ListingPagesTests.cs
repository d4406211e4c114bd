using RightHelp.Portal.Api.Listings;
using RightHelp.Portal.Components.Editors;
using RightHelp.Portal.Components.Partners;
using static RightHelp.Portal.Tests.Family.FamilyRenderer;

namespace RightHelp.Portal.Tests.Partners;

public class ListingPagesTests
{
    private static readonly ListingText Now = new("Oak Lane Nurture Room", "A calm room.", "Pupils at Oak Lane", "Ask the teacher.", "nurture@example.test", "01632 960 111", null);

    private static ListingChangeItem Change() => new("Q2hhbmdlOjE", "U2VydmljZTox", "Oak Lane Nurture Room", "Oak Lane Primary School", "PENDING", "Sam Lee",
        new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), null, Now with { Phone = "01632 960 555" }, Now);

    [Fact]
    public async Task Listings_show_last_checked_date_a_change_link_and_any_change_waiting()
    {
        Listing[] listings =
        [
            new("U2VydmljZTox", "Oak Lane Primary School", new DateOnly(2026, 6, 1), Now, Change()),
            new("U2VydmljZToy", "Oak Lane Primary School", null, Now with { Name = "Parent Support Adviser" }, null),
        ];
        var document = await Render<PartnerListingsView>(("Listings", listings), ("Sent", true));

        Assert.Contains("Your change has been sent to the editors.", document.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var cards = document.QuerySelectorAll(".govuk-summary-card");
        Assert.Equal("/partners/listings/U2VydmljZTox/edit", cards[0].QuerySelector(".govuk-summary-card__actions a")!.GetAttribute("href"));
        Assert.Equal("Waiting for an editor", cards[0].QuerySelector(".govuk-tag--yellow")!.TextContent);
        Assert.Equal("1 June 2026", cards[0].QuerySelector("dd")!.TextContent);
        Assert.Null(cards[1].QuerySelector(".govuk-tag--yellow"));
        Assert.Equal("Never", cards[1].QuerySelector("dd")!.TextContent);
    }

    [Fact]
    public async Task Review_shows_published_and_proposed_side_by_side_marking_what_changed()
    {
        var document = await Render<ReviewChangeView>(("Change", Change()));

        var rows = document.QuerySelectorAll("tbody tr");
        Assert.Equal(7, rows.Length);
        var changed = rows.Where(r => r.QuerySelector(".govuk-tag--blue") is not null).Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Equal(["Phone"], changed);
        Assert.Contains("01632 960 555", rows.Single(r => r.QuerySelector("th")!.TextContent == "Phone").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_form_round_trips_the_listing_text()
    {
        Assert.Equal(Now, ListingForm.From(Now).ToText());
    }
}
