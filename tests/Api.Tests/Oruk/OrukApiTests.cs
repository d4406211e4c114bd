using System.Net;
using System.Text.Json.Nodes;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Oruk;

/// <summary>Read-only checks, so the class shares one seeded database and server.</summary>
[Collection(ApiServerCollection.Name)]
public sealed class OrukApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    private readonly TestDatabase database = api.Database;
    private readonly HttpClient client = api.Client;

    [Theory]
    [InlineData("/oruk/services")]
    [InlineData("/oruk/service_at_locations")]
    [InlineData("/oruk/taxonomy_terms")]
    public async Task Paging_fields_are_consistent_for_every_page_size_from_1_to_100(string path)
    {
        var all = await Sql.ScalarAsync<long>(database.ConnectionString, path switch
        {
            "/oruk/services" => "SELECT count(*) FROM services WHERE status = 'Active'",
            "/oruk/service_at_locations" => "SELECT count(*) FROM service_at_locations sal JOIN services s ON s.id = sal.service_id WHERE s.status = 'Active'",
            _ => "SELECT count(*) FROM taxonomy_terms",
        });
        for (var size = 1; size <= 100; size++)
        {
            var expectedPages = (int)((all + size - 1) / size);
            var seen = new HashSet<string>();
            for (var number = 1; number <= expectedPages + 1; number++)
            {
                var json = (await OrukResponse.GetAsync(client, $"{path}?per_page={size}&page={number}")).Json;
                var contents = json["contents"]!.AsArray();
                var where = $"{path} per_page={size} page={number}";
                Assert.True(all == json["total_items"]!.GetValue<int>(), where);
                Assert.True(expectedPages == json["total_pages"]!.GetValue<int>(), where);
                Assert.True(number == json["page_number"]!.GetValue<int>(), where);
                Assert.True(contents.Count == json["size"]!.GetValue<int>(), where);
                Assert.True((number == 1) == json["first_page"]!.GetValue<bool>(), where);
                Assert.True((number >= expectedPages) == json["last_page"]!.GetValue<bool>(), where);
                Assert.True((contents.Count == 0) == json["empty"]!.GetValue<bool>(), where);
                var expectedCount = number <= expectedPages ? (int)Math.Min(size, all - (number - 1) * size) : 0;
                Assert.True(expectedCount == contents.Count, where);
                foreach (var item in contents)
                {
                    Assert.True(seen.Add(item!["id"]!.GetValue<string>()), $"{where}: {item["id"]} was on an earlier page");
                }
            }
            Assert.Equal(all, seen.Count);
        }
    }

    [Theory]
    [InlineData("/oruk/services?per_page=0", "per_page")]
    [InlineData("/oruk/services?per_page=101", "per_page")]
    [InlineData("/oruk/services?page=abc", "page")]
    [InlineData("/oruk/services?page=0", "page")]
    [InlineData("/oruk/services?minimum_age=-1", "minimum_age")]
    [InlineData("/oruk/services?maximum_age=old", "maximum_age")]
    [InlineData("/oruk/services?minimum_age=12&maximum_age=5", "minimum_age")]
    [InlineData("/oruk/services?day=funday", "day")]
    [InlineData("/oruk/services?start_time=25:00", "start_time")]
    [InlineData("/oruk/services?taxonomy_term_id=parenting", "taxonomy_term_id")]
    [InlineData("/oruk/services?taxonomy_id=1", "taxonomy_id")]
    [InlineData("/oruk/service_at_locations?proximity=1000", "proximity")]
    [InlineData("/oruk/service_at_locations?postcode=not-a-postcode", "postcode")]
    [InlineData("/oruk/service_at_locations?postcode=ZZ9%209ZZ&proximity=500", "postcode")]
    [InlineData("/oruk/taxonomy_terms?per_page=1000", "per_page")]
    public async Task A_bad_parameter_is_a_400_that_names_the_parameter(string path, string parameter)
    {
        var response = await OrukResponse.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("*", response.AllowOrigin);
        var message = response.Json["errors"]![parameter]![0]!.GetValue<string>();
        Assert.Contains(parameter, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/oruk/services/")]
    [InlineData("/oruk/service_at_locations/")]
    [InlineData("/oruk/taxonomies/")]
    [InlineData("/oruk/taxonomy_terms/")]
    public async Task An_unknown_or_malformed_id_is_a_404_in_json(string prefix)
    {
        foreach (var id in new[] { Guid.NewGuid().ToString(), "not-an-id" })
        {
            var response = await OrukResponse.GetAsync(client, prefix + id);

            Assert.Equal(HttpStatusCode.NotFound, response.Status);
            Assert.Equal("application/problem+json", response.ContentType);
            Assert.Equal("*", response.AllowOrigin);
            Assert.Contains(id, response.Json["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Taxonomy_term_filter_returns_exactly_the_services_with_that_term()
    {
        var term = DemoIds.For("taxonomy-term:young-carers");
        var expected = await Sql.ColumnAsync(database.ConnectionString,
            $"SELECT s.id FROM services s JOIN service_taxonomy_terms st ON st.service_id = s.id WHERE st.taxonomy_term_id = '{term}' AND s.status = 'Active'");

        var listed = await AllIdsAsync($"/oruk/services?taxonomy_term_id={term}");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), listed.Order());
    }

    [Fact]
    public async Task Day_and_time_filters_need_one_schedule_that_fits_them_all()
    {
        var ids = await AllIdsAsync("/oruk/services?day=SA&start_time=09:00");

        Assert.Contains(DemoIds.For("service:dads-group").ToString(), ids);
        foreach (var id in ids)
        {
            var schedules = (await OrukResponse.GetAsync(client, $"/oruk/services/{id}")).Json;
            var all = (schedules["schedules"]?.AsArray() ?? [])
                .Concat(schedules["service_at_locations"]?.AsArray().SelectMany(s => s!["schedules"]?.AsArray() ?? []) ?? []);
            Assert.Contains(all, s => s!["byday"]!.GetValue<string>().Contains("SA", StringComparison.Ordinal)
                && string.CompareOrdinal(s["opens_at"]!.GetValue<string>(), "09:00") >= 0);
        }
    }

    [Fact]
    public async Task Search_finds_services_by_words_in_their_description()
    {
        var ids = await AllIdsAsync("/oruk/services?search=naloxone");

        Assert.Equal([DemoIds.For("service:naloxone").ToString()], ids);
    }

    [Fact]
    public async Task Age_filters_follow_the_open_referral_uk_definitions()
    {
        var atLeast16 = await AllIdsAsync("/oruk/services?minimum_age=16");
        var upTo5 = await AllIdsAsync("/oruk/services?maximum_age=5");

        Assert.Contains(DemoIds.For("service:youth-homeless").ToString(), atLeast16);
        Assert.DoesNotContain(DemoIds.For("service:triple-p").ToString(), atLeast16);
        Assert.Contains(DemoIds.For("service:health-visiting").ToString(), upTo5);
        Assert.DoesNotContain(DemoIds.For("service:camhs").ToString(), upTo5);
    }

    [Fact]
    public async Task Postcode_finds_locations_in_that_district_and_proximity_orders_them_by_distance()
    {
        var district = await OrukResponse.GetAsync(client, "/oruk/service_at_locations?postcode=hw5&per_page=100");
        var postcodes = district.Json["contents"]!.AsArray()
            .Select(c => c!["location"]!["addresses"]?[0]?["postal_code"]?.GetValue<string>()).ToList();
        Assert.NotEmpty(postcodes);
        Assert.All(postcodes, p => Assert.StartsWith("HW5 ", p, StringComparison.Ordinal));

        var near = await OrukResponse.GetAsync(client, "/oruk/service_at_locations?postcode=HW1%204QT&proximity=1500&per_page=100");
        var points = near.Json["contents"]!.AsArray().Select(c => (
            Latitude: c!["location"]!["latitude"]!.GetValue<double>(),
            Longitude: c["location"]!["longitude"]!.GetValue<double>())).ToList();
        Assert.NotEmpty(points);
        var distances = points.Select(p => Metres(p, (52.7712, -2.1104))).ToList();
        Assert.All(distances, d => Assert.True(d <= 1500, $"{d:0} m is further than 1500 m"));
        Assert.Equal(distances.Order(), distances);
        var far = await OrukResponse.GetAsync(client, "/oruk/service_at_locations?postcode=HW1%204QT&proximity=100000&per_page=1");
        Assert.True(far.Json["total_items"]!.GetValue<int>() > points.Count);
    }

    [Fact]
    public async Task The_api_info_says_which_version_and_profile_it_follows()
    {
        var response = await OrukResponse.GetAsync(client, "/oruk/");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("*", response.AllowOrigin);
        Assert.Equal("3.0", response.Json["version"]!.GetValue<string>());
        Assert.StartsWith("https://", response.Json["profile"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_get_is_served()
    {
        using var response = await client.PostAsync("/oruk/services", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<List<string>> AllIdsAsync(string path)
    {
        var ids = new List<string>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var number = 1; ; number++)
        {
            var json = (await OrukResponse.GetAsync(client, $"{path}{separator}per_page=100&page={number}")).Json;
            ids.AddRange(json["contents"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
            if (json["last_page"]!.GetValue<bool>())
            {
                return ids;
            }
        }
    }

    private static double Metres((double Latitude, double Longitude) a, (double Latitude, double Longitude) b)
    {
        var dy = (a.Latitude - b.Latitude) * 111_320;
        var dx = (a.Longitude - b.Longitude) * 111_320 * Math.Cos(b.Latitude * Math.PI / 180);
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
