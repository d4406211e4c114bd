using System.Text.Json;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Directory;

/// <summary>Issue 7 through GraphQL: the ranked search, its facets and paging, and a listing in full.</summary>
public sealed class DirectoryGraphQLTests : IAsyncLifetime
{
    private const string Search = """
        query Search($filter: ServiceFilter, $first: Int, $after: String) {
          services(filter: $filter, first: $first, after: $after) {
            totalCount
            nodes { id name organizationName summary isFree referralRoute needsChecking }
            pageInfo { hasNextPage endCursor }
            facets {
              categories { id name count }
              localities { id name count }
              referralRoutes { id name count }
              cost { id name count }
            }
          }
        }
        """;

    private const string Listing = """
        query Listing($id: ID!) {
          service(id: $id) {
            id name description organizationName howToRefer selfReferral professionalReferral referralRoute
            lastVerifiedOn needsChecking fees
            eligibility { description minimumAge maximumAge }
            contacts { name title email phone }
            locations { name address postcode online locality { name } openingTimes { days opensAt closesAt } }
            openingTimes { description days opensAt closesAt }
            categories { id name }
            localities { name }
          }
        }
        """;

    private TestDatabase database = null!;
    private GraphQLTestHost host = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        host = new GraphQLTestHost(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData("dad anger course", "caring-dads")]
    [InlineData("kid wont go to school", "attendance-support")]
    [InlineData("drugs mum", "parents-in-recovery")]
    [InlineData("post natal depresion", "perinatal")]
    [InlineData("child bereavment", "bereavement")]
    public async Task Everyday_words_find_the_right_service_in_the_top_five_through_GraphQL(string text, string expectedKey)
    {
        var data = (await host.ExecuteAsync(Search, Principals.Anonymous, new { filter = new { text }, first = 5 })).Ok();

        var ids = data.GetProperty("services").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains(ServiceId(expectedKey), ids);
    }

    [Fact]
    public async Task Facet_counts_agree_with_the_total_and_with_the_filters_they_stand_for()
    {
        var all = await SearchAsync(new { text = "parenting" });
        var total = all.GetProperty("totalCount").GetInt32();
        var facets = all.GetProperty("facets");
        Assert.True(total > 3, $"too few results to test facets: {total}");
        Assert.Equal(total, facets.GetProperty("cost").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));

        var free = Count(facets, "cost", "FREE");
        Assert.Equal(free, (await SearchAsync(new { text = "parenting", freeOnly = true })).GetProperty("totalCount").GetInt32());
        foreach (var route in facets.GetProperty("referralRoutes").EnumerateArray())
        {
            var filtered = await SearchAsync(new { text = "parenting", referralRoute = route.GetProperty("id").GetString() });
            Assert.Equal(route.GetProperty("count").GetInt32(), filtered.GetProperty("totalCount").GetInt32());
        }
        foreach (var locality in facets.GetProperty("localities").EnumerateArray())
        {
            var filtered = await SearchAsync(new { text = "parenting", locality = locality.GetProperty("id").GetString() });
            Assert.Equal(locality.GetProperty("count").GetInt32(), filtered.GetProperty("totalCount").GetInt32());
            Assert.True(locality.GetProperty("count").GetInt32() <= total);
        }
        var category = facets.GetProperty("categories").EnumerateArray().First();
        var inCategory = await SearchAsync(new { text = "parenting", category = category.GetProperty("id").GetString() });
        Assert.True(inCategory.GetProperty("totalCount").GetInt32() >= category.GetProperty("count").GetInt32());
        Assert.True(inCategory.GetProperty("totalCount").GetInt32() <= total);
    }

    [Fact]
    public async Task Walking_the_pages_gives_every_result_once_in_the_same_order_as_one_big_page()
    {
        var whole = await SearchAsync(new { text = "support" }, first: 100);
        var expected = Ids(whole);
        Assert.Equal(whole.GetProperty("totalCount").GetInt32(), expected.Count);
        Assert.True(expected.Count > 7, "too few results to page through");

        var walked = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var page = await SearchAsync(new { text = "support" }, first: 7, after);
            Assert.Equal(expected.Count, page.GetProperty("totalCount").GetInt32());
            walked.AddRange(Ids(page));
            var info = page.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task A_listing_shows_how_to_refer_contacts_places_and_opening_times()
    {
        var data = (await host.ExecuteAsync(Listing, Principals.Anonymous, new { id = ServiceId("safe-haven-idva") })).Ok();

        var service = data.GetProperty("service");
        Assert.StartsWith("Independent Domestic Violence Advisers", service.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.True(service.GetProperty("selfReferral").GetBoolean());
        Assert.True(service.GetProperty("professionalReferral").GetBoolean());
        Assert.Equal("SELF_OR_PROFESSIONAL", service.GetProperty("referralRoute").GetString());
        Assert.False(service.GetProperty("needsChecking").GetBoolean());
        Assert.Equal(16, service.GetProperty("eligibility")[0].GetProperty("minimumAge").GetInt32());
        Assert.Contains(service.GetProperty("contacts").EnumerateArray(), c => c.GetProperty("phone").GetString() == "01632 961001");
        Assert.NotEmpty(service.GetProperty("locations").EnumerateArray());
        var times = service.GetProperty("openingTimes").EnumerateArray()
            .Concat(service.GetProperty("locations").EnumerateArray().SelectMany(l => l.GetProperty("openingTimes").EnumerateArray())).ToList();
        Assert.Contains(times, t => t.GetProperty("days").EnumerateArray().Any(d => d.GetString() == "Monday") && t.GetProperty("opensAt").GetString() == "09:00");
        Assert.Contains(service.GetProperty("categories").EnumerateArray(), c => c.GetProperty("id").GetString() == "domestic-abuse");
        Assert.NotEmpty(service.GetProperty("localities").EnumerateArray());
    }

    [Fact]
    public async Task A_listing_nobody_has_checked_for_six_months_says_it_needs_checking()
    {
        var data = (await host.ExecuteAsync(Listing, Principals.Anonymous, new { id = ServiceId("naloxone") })).Ok();

        Assert.True(data.GetProperty("service").GetProperty("needsChecking").GetBoolean());
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("U2VydmljZTowMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA")]
    public async Task An_unknown_listing_is_null_without_an_error(string id)
    {
        var response = await host.ExecuteAsync(Listing, Principals.Anonymous, new { id });

        Assert.Equal(JsonValueKind.Null, response.Ok().GetProperty("service").ValueKind);
    }

    [Fact]
    public async Task Node_returns_the_full_listing_too()
    {
        var response = await host.ExecuteAsync("query($id: ID!) { node(id: $id) { ... on Service { name contacts { phone } needsChecking } } }",
            Principals.Anonymous, new { id = ServiceId("safe-haven-idva") });

        Assert.NotEmpty(response.Ok().GetProperty("node").GetProperty("contacts").EnumerateArray());
    }

    [Fact]
    public async Task Taxonomy_lists_the_categories_the_seeds_need()
    {
        var data = (await host.ExecuteAsync("{ taxonomy { id name } }", Principals.Anonymous)).Ok();

        var ids = data.GetProperty("taxonomy").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("domestic-abuse", ids);
        Assert.True(ids.Count >= 12, $"only {ids.Count} categories");
    }

    private async Task<JsonElement> SearchAsync(object filter, int first = 20, string? after = null)
        => (await host.ExecuteAsync(Search, Principals.Anonymous, new { filter, first, after })).Ok().GetProperty("services");

    private static int Count(JsonElement facets, string facet, string id)
        => facets.GetProperty(facet).EnumerateArray().Where(f => f.GetProperty("id").GetString() == id).Select(f => f.GetProperty("count").GetInt32()).SingleOrDefault();

    private static List<string> Ids(JsonElement connection)
        => [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    public static string ServiceId(string key) => GlobalId.Encode("Service", DemoIds.For("service:" + key));
}
