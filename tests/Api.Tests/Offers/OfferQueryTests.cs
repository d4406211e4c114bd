using System.Text.Json;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Offers;

/// <summary>Locality offers through GraphQL over the demo data: the filters families use, anonymously.</summary>
public sealed class OfferQueryTests : IAsyncLifetime
{
    private const string Offers = """
        query($filter: OfferFilter, $first: Int) {
          offers(filter: $filter, first: $first) { totalCount nodes { title isFree day startTime attendance locality { slug } } }
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

    private async Task<List<JsonElement>> OffersAsync(object filter)
    {
        var data = (await host.ExecuteAsync(Offers, Principals.Anonymous, new { filter, first = 100 })).Ok();
        return [.. data.GetProperty("offers").GetProperty("nodes").EnumerateArray()];
    }

    private static string Locality(string slug) => GlobalId.Encode("Locality", DemoLocalities.BySlug(slug));

    [Fact]
    public async Task Free_offers_come_before_paid_ones()
    {
        var offers = await OffersAsync(new { locality = Locality("north") });

        var free = offers.Select(o => o.GetProperty("isFree").GetBoolean()).ToList();
        Assert.Contains(false, free);
        Assert.Equal(free.OrderByDescending(f => f), free);
        Assert.All(offers, o => Assert.Equal("north", o.GetProperty("locality").GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task Day_filter_keeps_only_offers_on_that_weekday()
    {
        var offers = await OffersAsync(new { day = "SATURDAY" });

        Assert.Equal(["Cook and eat together", "Dads and lads Saturday club", "Refugee youth club", "Saturday play scheme for disabled children"],
            offers.Select(o => o.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        Assert.All(offers, o => Assert.Equal("SATURDAY", o.GetProperty("day").GetString()));
    }

    [Fact]
    public async Task Online_filter_keeps_offers_you_can_join_from_home_and_in_person_filter_leaves_them_out()
    {
        var online = await OffersAsync(new { online = true });
        var inPerson = await OffersAsync(new { online = false });

        Assert.Equal(["Keeping your child safe online", "Parenting teenagers", "Talking therapies for grown-ups"],
            online.Select(o => o.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(inPerson, o => o.GetProperty("attendance").GetString() == "ONLINE");
        Assert.Contains(inPerson, o => o.GetProperty("attendance").GetString() == "IN_PERSON_OR_ONLINE");
        Assert.Equal(28 - 1, inPerson.Count);
    }

    [Fact]
    public async Task Filters_combine_locality_age_category_and_free()
    {
        var offers = await OffersAsync(new { locality = Locality("west"), age = 9, category = "PARENTING", freeOnly = true });

        var offer = Assert.Single(offers);
        Assert.Equal("Help with your child's behaviour", offer.GetProperty("title").GetString());
        Assert.Equal("09:30", offer.GetProperty("startTime").GetString());
    }

    [Fact]
    public async Task Text_filter_finds_words_in_the_description_ignoring_case()
    {
        var offers = await OffersAsync(new { text = "TANTRUMS" });

        var offer = Assert.Single(offers);
        Assert.Equal("Help with your child's behaviour", offer.GetProperty("title").GetString());
        Assert.Equal("north", offer.GetProperty("locality").GetProperty("slug").GetString());
    }
}
