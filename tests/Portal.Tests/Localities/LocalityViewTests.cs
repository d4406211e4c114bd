using RightHelp.Portal.Api.Offers;
using RightHelp.Portal.Components.Localities;
using RightHelp.Portal.Tests.Offers;
using static RightHelp.Portal.Tests.Family.FamilyRenderer;

namespace RightHelp.Portal.Tests.Localities;

public class LocalityViewTests
{
    [Fact]
    public async Task Hundred_children_picture_is_an_image_with_a_text_alternative_and_a_table_of_the_same_numbers()
    {
        var document = await Render<LocalityView>(("Locality", OfferData.Locality()));

        var svg = document.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("If the South area were 100 children", document.GetElementById(labelledBy[0])!.TextContent);
        Assert.Equal("35 in every 100 children get free school meals. 2 in every 100 children are in care.", document.GetElementById(labelledBy[1])!.TextContent);
        Assert.Equal("title", document.GetElementById(labelledBy[0])!.LocalName);
        Assert.Equal("desc", document.GetElementById(labelledBy[1])!.LocalName);

        var rows = document.QuerySelectorAll("table tbody tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal([("get free school meals", "35"), ("are in care", "2")], rows);
    }

    [Fact]
    public async Task Bars_fill_as_many_tenths_as_the_count()
    {
        var document = await Render<HundredChildren>(("Name", "South"), ("Lines", (IReadOnlyList<ProfileLine>)[new ProfileLine("get free school meals", 35, "", "")]));

        var filled = document.QuerySelectorAll("rect[fill='#1d70b8']").Sum(r => double.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture));
        var blockWidth = double.Parse(document.QuerySelector("rect[fill='#ffffff']")!.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3.5, filled / blockWidth, 3);
    }

    [Fact]
    public async Task Locality_page_shows_the_hub_the_week_by_day_and_meeting_dates()
    {
        var document = await Render<LocalityView>(("Locality", OfferData.Locality()));

        Assert.Equal("South area", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("2 Chapel Street, Southmere, HW3 2LB", document.QuerySelector(".govuk-summary-list")!.TextContent);
        var days = document.QuerySelectorAll("h3.govuk-heading-s").Select(h => h.TextContent).ToList();
        Assert.Equal(["Wednesday 25 November", "Saturday 28 November"], days);
        Assert.Equal("/offers?area=south", document.QuerySelector("a[href^='/offers?']")!.GetAttribute("href"));
        Assert.Contains("Tuesday 8 December from 9:30am to 11:30am, Southmere Family Hub", document.QuerySelector(".govuk-list--bullet")!.TextContent);
    }

    [Fact]
    public async Task Finder_that_found_the_area_links_to_its_page_and_its_offers()
    {
        var result = new FinderResult(true, OfferData.South, "HW3", "HW3 is in the South locality.", []);
        var document = await Render<LocalityFinderView>(("Place", "hw3"), ("Result", result), ("Localities", OfferData.Localities));

        Assert.Equal("You are in the South area", document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(document.QuerySelector("a[href='/localities/south']"));
        Assert.NotNull(document.QuerySelector("a[href='/offers?area=south']"));
        Assert.Null(document.QuerySelector(".govuk-error-summary"));
    }

    [Fact]
    public async Task Finder_that_found_nothing_says_so_suggests_close_places_and_lists_every_area()
    {
        var result = new FinderResult(false, null, null, "We could not find Southmeer. Did you mean one of these places?", [new PlaceSuggestion("Southmere", OfferData.South)]);
        var document = await Render<LocalityFinderView>(("Place", "Southmeer"), ("Result", result), ("Localities", OfferData.Localities));

        Assert.Equal("#place", document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("Southmeer", document.QuerySelector("#place")!.GetAttribute("value"));
        Assert.Equal("Southmere is in the South area", document.QuerySelector("a[href='/localities/south']")!.TextContent);
        Assert.Equal(2, document.QuerySelectorAll(".govuk-list--spaced li").Length);
    }
}
