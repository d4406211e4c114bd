using RightHelp.Portal.Api.EarlyHelp;
using RightHelp.Portal.Components.EarlyHelp;
using RightHelp.Portal.Tests.Components;

namespace RightHelp.Portal.Tests.EarlyHelp;

public class DirectoryViewTests
{
    private static readonly DirectoryFilter Filter = new("dad anger", "parenting", null, null, FreeOnly: true);

    private static Task<AngleSharp.Dom.IDocument> Search(ServiceSearchResult? result, int page = 1, bool unavailable = false, IReadOnlyList<string>? shortlisted = null)
        => ComponentRenderer.RenderAsync<DirectorySearchView>(new()
        {
            ["Filter"] = Filter,
            ["Result"] = result,
            ["Page"] = page,
            ["Unavailable"] = unavailable,
            ["Shortlisted"] = shortlisted ?? [],
        });

    [Fact]
    public async Task Results_show_the_count_organisation_cost_route_and_a_warning_when_not_checked()
    {
        var document = await Search(DirectoryData.Result(2, DirectoryData.Summary("U2VydmljZTox", "Calm Parents"), DirectoryData.Summary("U2VydmljZToy", "Dads Together", needsChecking: true)));

        Assert.Equal("2 services found", document.QuerySelector("#result-count")!.TextContent.Trim());
        var results = document.QuerySelectorAll(".rh-result");
        Assert.Equal(2, results.Length);
        Assert.Equal("/directory/services/U2VydmljZTox", results[0].QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("Hartwell Family Trust", results[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Free", results[0].QuerySelector(".govuk-tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Families can contact them", results[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Not checked for 6 months", results[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Not checked for 6 months", results[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filters_are_a_get_form_that_keeps_what_was_asked_with_counts()
    {
        var document = await Search(DirectoryData.Result(1, DirectoryData.Summary("U2VydmljZTox", "Calm Parents")));

        var form = document.QuerySelector("form[method=get]")!;
        Assert.Equal("/directory", form.GetAttribute("action"));
        Assert.Equal("dad anger", form.QuerySelector("input[name=q]")!.GetAttribute("value"));
        var selected = form.QuerySelector("select[name=category] option[selected]")!;
        Assert.Equal("parenting", selected.GetAttribute("value"));
        Assert.Equal("Parenting (7)", selected.TextContent.Trim());
        Assert.NotNull(form.QuerySelector("input[name=free][checked]"));
        Assert.Contains("Free only (8)", form.QuerySelector("label[for=free]")!.TextContent, StringComparison.Ordinal);
        Assert.All(form.QuerySelectorAll("select"), select => Assert.NotNull(form.QuerySelector($"label[for={select.Id}]")));
    }

    [Fact]
    public async Task Page_links_keep_the_search_and_filters()
    {
        var nodes = Enumerable.Range(1, 20).Select(i => DirectoryData.Summary("U2VydmljZT" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "Service " + i)).ToArray();
        var document = await Search(DirectoryData.Result(45, nodes), page: 2);

        var next = document.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        Assert.Equal("/directory?q=dad%20anger&category=parenting&free=yes&page=3", next);
        Assert.Equal("/directory?q=dad%20anger&category=parenting&free=yes", document.QuerySelector(".govuk-pagination__prev a")!.GetAttribute("href"));
        Assert.Equal("page", document.QuerySelector(".govuk-pagination__item--current a")!.GetAttribute("aria-current"));
        Assert.Contains("Showing 21 to 40", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_last_result_offers_the_first_page()
    {
        var document = await Search(DirectoryData.Result(3), page: 9);

        Assert.Contains("There are no more results", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/directory?q=dad%20anger&category=parenting&free=yes", document.QuerySelector("main a[href^='/directory?'], a[href^='/directory?q']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task When_the_directory_cannot_be_reached_the_page_says_so_and_how_to_get_help()
    {
        var document = await Search(null, unavailable: true);

        Assert.Contains("not working right now", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll(".rh-result"));
    }

    [Fact]
    public async Task A_shortlisted_service_says_so_instead_of_offering_the_button_again()
    {
        var document = await Search(DirectoryData.Result(2, DirectoryData.Summary("U2VydmljZTox", "Calm Parents"), DirectoryData.Summary("U2VydmljZToy", "Dads Together")),
            shortlisted: ["U2VydmljZTox"]);

        var results = document.QuerySelectorAll(".rh-result");
        Assert.Contains("On your shortlist", results[0].TextContent, StringComparison.Ordinal);
        var form = results[1].QuerySelector("form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/directory/shortlist/add", form.GetAttribute("action"));
        Assert.Equal("U2VydmljZToy", form.QuerySelector("input[name=serviceId]")!.GetAttribute("value"));
        Assert.Equal("/directory/shortlist", document.QuerySelector("a[href='/directory/shortlist']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_listing_shows_contacts_places_times_and_how_to_report_a_mistake()
    {
        var document = await ComponentRenderer.RenderAsync<ServiceListingView>(new() { ["Service"] = DirectoryData.Listing() });

        Assert.Equal("Calm Parents Course", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(document.QuerySelector(".govuk-warning-text"));
        Assert.Equal("tel:01632960555", document.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Contains("1 Mill Lane, Hartwell, HW1 2AB", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tuesday, 18:00 to 20:00", document.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("18 and over", document.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 March 2025", document.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal("/directory/services/U2VydmljZTphYmM/report", document.QuerySelector("a[href$='/report']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_listing_not_checked_for_six_months_carries_a_warning()
    {
        var document = await ComponentRenderer.RenderAsync<ServiceListingView>(new() { ["Service"] = DirectoryData.Listing(needsChecking: true) });

        var warning = document.QuerySelector(".govuk-warning-text")!.TextContent;
        Assert.Contains("has not been checked since 1 March 2025", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_family_list_says_how_to_get_help_in_plain_words_and_hides_print_hints_on_paper()
    {
        var list = new FamilyList("token", "/list/token", new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
            [DirectoryData.Listing(), DirectoryData.Listing(selfReferral: false) with { Name = "Family Support Workers" }]);
        var document = await ComponentRenderer.RenderAsync<FamilyListView>(new() { ["List"] = list });

        Assert.Equal("Help for your family", document.QuerySelector("h1")!.TextContent.Trim());
        var services = document.QuerySelectorAll(".rh-family-service");
        Assert.Equal(2, services.Length);
        Assert.Contains("You can get in touch with them yourself.", services[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Ask your school or your worker", services[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector(".rh-no-print"));
        Assert.Contains("1 June 2026", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
