using AngleSharp.Dom;
using RightHelp.Portal.Api.Offers;
using RightHelp.Portal.Components.Offers;
using static RightHelp.Portal.Tests.Family.FamilyRenderer;

namespace RightHelp.Portal.Tests.Offers;

public class OffersViewTests
{
    private static Task<IDocument> RenderAsync(OfferFilterForm form, OfferPage? offers) =>
        Render<OffersView>(("Form", form), ("Localities", OfferData.Localities), ("Offers", offers));

    [Fact]
    public async Task Filter_form_is_a_get_form_that_shows_back_what_was_chosen()
    {
        var form = new OfferFilterForm("south", "7", "PARENTING", true, "SATURDAY", "online");
        var document = await RenderAsync(form, new OfferPage(0, [], new OfferPageInfo(false, null)));

        var element = document.QuerySelector("form")!;
        Assert.Equal("get", element.GetAttribute("method"));
        Assert.Equal("/offers", element.GetAttribute("action"));
        Assert.Equal("south", document.QuerySelector("#area option[selected]")!.GetAttribute("value"));
        Assert.Equal("7", document.QuerySelector("#age")!.GetAttribute("value"));
        Assert.Equal("Being a parent", document.QuerySelector("#help option[selected]")!.TextContent);
        Assert.Equal("Saturday", document.QuerySelector("#day option[selected]")!.TextContent);
        Assert.NotNull(document.QuerySelector("#how-online[checked]"));
        Assert.NotNull(document.QuerySelector("#free[checked]"));
        Assert.All(document.QuerySelectorAll("input, select"), control =>
            Assert.True(control.GetAttribute("type") == "radio" || document.QuerySelector($"label[for='{control.Id}']") is not null, control.Id));
    }

    [Fact]
    public async Task Each_offer_says_what_who_when_where_cost_how_to_join_and_access()
    {
        var document = await RenderAsync(new OfferFilterForm(null, null, null, false, null, null),
            new OfferPage(2, [OfferData.Offer(), OfferData.Offer("Play scheme", free: false, id: "T2ZmZXI6Mg")], new OfferPageInfo(false, null)));

        Assert.Equal("We found 2 things", document.QuerySelector("#results")!.TextContent);
        var card = document.QuerySelectorAll(".govuk-summary-card")[0];
        Assert.Equal("/offers/T2ZmZXI6MQ", card.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("Free", card.QuerySelector(".govuk-tag--green")!.TextContent);
        var keys = card.QuerySelectorAll("dt").Select(dt => dt.TextContent).ToList();
        Assert.Equal(["What it is", "Who it is for", "When", "Where", "Cost", "How to join", "Access"], keys);
        var values = card.QuerySelectorAll("dd").Select(dd => dd.TextContent).ToList();
        Assert.Equal("Children under 5 with a grown-up (Up to age 5)", values[1]);
        Assert.Equal("Southmere Family Hub, South area. In person or online.", values[3]);
        Assert.Null(document.QuerySelectorAll(".govuk-summary-card")[1].QuerySelector(".govuk-tag--green"));
    }

    [Fact]
    public async Task Next_page_link_keeps_the_filter()
    {
        var document = await RenderAsync(new OfferFilterForm("north", null, null, true, null, null),
            new OfferPage(30, [OfferData.Offer()], new OfferPageInfo(true, "b2Zmc2V0OjIw")));

        Assert.Equal("/offers?area=north&free=true&after=b2Zmc2V0OjIw", document.QuerySelector("a[rel='next']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_age_that_is_not_a_number_is_an_error_linked_from_the_summary()
    {
        var form = new OfferFilterForm(null, "seven", null, false, null, null);
        var document = await RenderAsync(form, null);

        Assert.Equal("#age", document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains("Type an age from 0 to 25", document.QuerySelector("#age-error")!.TextContent);
        Assert.Equal("age-hint age-error", document.QuerySelector("#age")!.GetAttribute("aria-describedby"));
        Assert.Null(form.ToSearch(OfferData.Localities, null).Age);
    }

    [Fact]
    public void Form_turns_plain_choices_into_the_api_filter()
    {
        var search = new OfferFilterForm("south", " 9 ", "HOLIDAYS_AND_FOOD", true, "MONDAY", "in-person").ToSearch(OfferData.Localities, "abc");

        Assert.Equal(new OfferSearch("TG9jOjI", 9, "HOLIDAYS_AND_FOOD", true, "MONDAY", false, "abc"), search);
        Assert.Equal(new OfferSearch(), new OfferFilterForm("nowhere", null, "NOT_A_CATEGORY", false, "FUNDAY", "any").ToSearch(OfferData.Localities, null));
    }
}
