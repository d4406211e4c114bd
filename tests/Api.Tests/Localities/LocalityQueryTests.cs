using System.Text.Json;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Localities;

/// <summary>A locality's page data and "which locality am I in?", anonymously over the demo data.</summary>
public sealed class LocalityQueryTests : IAsyncLifetime
{
    private const string Find = """
        query($place: String!) { findLocality(place: $place) { found matchedOn message locality { slug } suggestions { place locality { slug } } } }
        """;

    private static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private TestDatabase database = null!;
    private GraphQLTestHost host = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        host = new GraphQLTestHost(database.ConnectionString, new FixedTimeProvider(Wednesday));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<JsonElement> FindAsync(string place)
        => (await host.ExecuteAsync(Find, Principals.Anonymous, new { place })).Ok().GetProperty("findLocality");

    [Theory]
    [InlineData("HW3", "south", "HW3")]
    [InlineData("  hw3 ", "south", "HW3")]
    [InlineData("hw3 2lb", "south", "HW3")]
    [InlineData("HW32LB", "south", "HW3")]
    [InlineData("HW9", "north", "HW9")]
    [InlineData("kestrel moor", "north", "Kestrel Moor")]
    [InlineData("BRACKLEY-VALE", "east", "Brackley Vale")]
    [InlineData("Westcombe", "west", "Westcombe")]
    public async Task Finder_matches_a_postcode_district_or_a_town_whatever_the_case_and_spaces(string place, string slug, string matchedOn)
    {
        var result = await FindAsync(place);

        Assert.True(result.GetProperty("found").GetBoolean());
        Assert.Equal(slug, result.GetProperty("locality").GetProperty("slug").GetString());
        Assert.Equal(matchedOn, result.GetProperty("matchedOn").GetString());
    }

    [Fact]
    public async Task Finder_suggests_close_places_for_a_misspelt_town()
    {
        var result = await FindAsync("Southmeer");

        Assert.False(result.GetProperty("found").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("locality").ValueKind);
        var suggestion = result.GetProperty("suggestions")[0];
        Assert.Equal("Southmere", suggestion.GetProperty("place").GetString());
        Assert.Equal("south", suggestion.GetProperty("locality").GetProperty("slug").GetString());
        Assert.Contains("Did you mean", result.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("Zanzibar")]
    [InlineData("HW10")]
    [InlineData("SW1A 1AA")]
    public async Task Finder_says_kindly_when_a_place_is_not_in_the_council_area(string place)
    {
        var result = await FindAsync(place);

        Assert.False(result.GetProperty("found").GetBoolean());
        Assert.Empty(result.GetProperty("suggestions").EnumerateArray());
        Assert.StartsWith($"We could not find {place}.", result.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Locality_page_has_its_hub_week_meetings_and_hundred_children_profile()
    {
        var data = (await host.ExecuteAsync("""
            { locality(slug: "north") { name hubName hubAddress
                whatsOnThisWeek { date offer { title day } }
                partnershipMeetings { startsAt venue }
                profile { label count explanation } } }
            """, Principals.Anonymous)).Ok().GetProperty("locality");

        Assert.Equal("Northgate Family Hub", data.GetProperty("hubName").GetString());
        var week = data.GetProperty("whatsOnThisWeek").EnumerateArray().ToList();
        Assert.Equal(7, week.Count);
        var dates = week.Select(s => DateOnly.Parse(s.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.All(dates, d => Assert.InRange(d, new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 1)));
        Assert.Equal("Money and benefits drop-in", week[0].GetProperty("offer").GetProperty("title").GetString());
        Assert.All(week, s => Assert.Equal(
            DateOnly.Parse(s.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek.ToString().ToUpperInvariant(),
            s.GetProperty("offer").GetProperty("day").GetString()));

        var meetings = data.GetProperty("partnershipMeetings").EnumerateArray().ToList();
        Assert.NotEmpty(meetings);
        Assert.All(meetings, m => Assert.True(m.GetProperty("startsAt").GetDateTimeOffset() > Wednesday.AddDays(-1)));

        var profile = data.GetProperty("profile").EnumerateArray().ToList();
        Assert.Equal(10, profile.Count);
        Assert.Equal(34, profile[0].GetProperty("count").GetInt32());
        Assert.Equal("34 in every 100 children live in a home where money is very tight (after housing costs).", profile[0].GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Unknown_locality_slug_is_null_not_an_error()
    {
        var data = (await host.ExecuteAsync("""{ locality(slug: "nowhere") { name } }""", Principals.Anonymous)).Ok();

        Assert.Equal(JsonValueKind.Null, data.GetProperty("locality").ValueKind);
    }
}
