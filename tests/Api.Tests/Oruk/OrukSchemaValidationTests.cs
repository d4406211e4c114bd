using System.Net;
using System.Text.Json.Nodes;
using NJsonSchema;
using Xunit.Abstractions;

namespace RightHelp.Api.Tests.Oruk;

/// <summary>Every <c>/oruk</c> answer for the demo data, checked against the Open Referral UK schemas.</summary>
[Collection(ApiServerCollection.Name)]
public sealed class OrukSchemaValidationTests(SeededApi api, ITestOutputHelper output) : IClassFixture<SeededApi>
{
    private readonly HttpClient client = api.Client;

    [Fact]
    public async Task Every_response_for_the_demo_data_validates_against_the_open_referral_uk_schemas()
    {
        var problems = new List<string>();
        var checkedCount = 0;
        var page = await OrukSchemas.PageAsync();

        async Task<JsonNode> Check(string path, JsonSchema? schema, string? listItemSchema = null)
        {
            var response = await OrukResponse.GetAsync(client, path);
            checkedCount++;
            if (response.Status != HttpStatusCode.OK)
            {
                problems.Add($"{path}: {(int)response.Status}");
                return new JsonObject();
            }
            if (response.AllowOrigin != "*")
            {
                problems.Add($"{path}: Access-Control-Allow-Origin is '{response.AllowOrigin}'");
            }
            problems.AddRange(response.EmptyFields().Select(f => $"{path}: empty field {f}"));
            if (schema is not null)
            {
                problems.AddRange(schema.Validate(response.Body).Select(e => $"{path}: {e}"));
            }
            if (listItemSchema is not null)
            {
                var itemSchema = await OrukSchemas.GetAsync(listItemSchema);
                foreach (var item in response.Json["contents"]!.AsArray())
                {
                    problems.AddRange(itemSchema.Validate(item!.ToJsonString()).Select(e => $"{path} item {item["id"]}: {e}"));
                }
            }
            return response.Json;
        }

        async Task<List<string>> CrawlList(string path, string itemSchema)
        {
            var ids = new List<string>();
            for (var number = 1; ; number++)
            {
                var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                var json = await Check($"{path}{separator}page={number}&per_page=25", page, itemSchema);
                ids.AddRange(json["contents"]?.AsArray().Select(i => i!["id"]!.GetValue<string>()) ?? []);
                if (json["last_page"]?.GetValue<bool>() != false)
                {
                    return ids;
                }
            }
        }

        var info = await Check("/oruk/", null);
        Assert.Equal("3.0", info["version"]?.GetValue<string>());

        var services = await CrawlList("/oruk/services", "service_list.json");
        foreach (var id in services)
        {
            await Check($"/oruk/services/{id}", await OrukSchemas.GetAsync("service.json"));
        }
        var serviceAtLocations = await CrawlList("/oruk/service_at_locations", "service_at_location_list.json");
        foreach (var id in serviceAtLocations)
        {
            await Check($"/oruk/service_at_locations/{id}", await OrukSchemas.GetAsync("service_at_location_list.json"));
        }
        var taxonomies = await CrawlList("/oruk/taxonomies", "taxonomy.json");
        foreach (var id in taxonomies)
        {
            await Check($"/oruk/taxonomies/{id}", await OrukSchemas.GetAsync("taxonomy.json"));
        }
        var terms = await CrawlList("/oruk/taxonomy_terms", "taxonomy_term.json");
        foreach (var id in terms)
        {
            await Check($"/oruk/taxonomy_terms/{id}", await OrukSchemas.GetAsync("taxonomy_term.json"));
        }
        foreach (var query in new[] { "search=parenting", "taxonomy_term_id=" + terms[0], "taxonomy_id=" + taxonomies[0], "minimum_age=5", "maximum_age=18", "day=SA", "start_time=09:00&end_time=17:00" })
        {
            await CrawlList("/oruk/services?" + query, "service_list.json");
        }

        output.WriteLine($"Checked {checkedCount} responses: {services.Count} services, {serviceAtLocations.Count} services at locations, {taxonomies.Count} taxonomies, {terms.Count} terms; {problems.Count} problems.");
        problems.Take(50).ToList().ForEach(output.WriteLine);
        Assert.True(services.Count >= 80, $"Only {services.Count} services in the demo directory.");
        Assert.NotEmpty(serviceAtLocations);
        Assert.NotEmpty(terms);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_schemas_catch_a_service_without_a_name_a_bad_status_or_a_bad_id()
    {
        var schema = await OrukSchemas.GetAsync("service.json");

        var errors = schema.Validate("""{"id": "not-a-uuid", "status": "open", "contacts": [{"name": "No id"}]}""");

        Assert.Contains(errors, e => e.Property == "name");
        Assert.Contains(errors, e => e.Property == "status");
        Assert.Contains(errors, e => e.Property == "id");
        Assert.Contains(errors, e => e.Path?.Contains("contacts", StringComparison.Ordinal) == true);
    }
}
