using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.Api.Tests.YouSaidWeDid.Http;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Bench;

/// <summary>
/// The plain endpoints under /bench/ that the benchmark suite measures GraphQL against: absent in
/// Production whatever the settings say, and in Development the same answer as the GraphQL query.
/// </summary>
public sealed class BenchEndpointTests : IAsyncLifetime
{
    // The Portal's plan page and directory search documents (src/Portal/Api), as the Portal sends them.
    private const string PlanQuery = """
        query Plan($id: ID!) {
          plan(id: $id) {
            id kindName status subjectName startedOn version publishedAt
            leadWorker { name pronouns jobTitle team aboutMe email phone workingPattern leavingOn
              successor { name pronouns jobTitle team aboutMe email phone workingPattern leavingOn } }
            sections { key heading audience body { html text readingAge terms { term explanation } } }
            actions { who what byWhen status }
            changesSinceLastViewed {
              lastViewedVersion currentVersion sectionsChanged
              actionsAdded { who what byWhen status } actionsChanged { who what byWhen status } actionsDone { who what byWhen status }
            }
            viewLog { role team viewedAt }
          }
        }
        """;

    private const string SearchQuery = """
        query DirectorySearch($filter: ServiceFilter, $first: Int, $after: String) {
          services(filter: $filter, first: $first, after: $after) {
            totalCount
            nodes { id name organizationName summary isFree selfReferral professionalReferral needsChecking lastVerifiedOn }
            pageInfo { hasNextPage endCursor }
            facets { categories { id name count } localities { id name count } referralRoutes { id name count } cost { id name count } }
          }
        }
        """;

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await PortalDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [InlineData("/bench/plan")]
    [InlineData("/bench/directory-search")]
    public async Task Bench_endpoints_are_not_found_in_Production_even_when_enabled(string path)
    {
        await using var api = new BenchApiFactory(database.ConnectionString, "Production", benchEnabled: true);
        using var http = api.CreateClient();

        using var response = await http.PostAsJsonAsync(path, new { id = "x", filter = new { text = "parenting" } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Bench_endpoints_are_found_outside_Development_only_when_enabled()
    {
        await using var off = new BenchApiFactory(database.ConnectionString, "Staging", benchEnabled: false);
        await using var on = new BenchApiFactory(database.ConnectionString, "Staging", benchEnabled: true);
        using var offClient = off.CreateClient();
        using var onClient = on.CreateClient();

        using var refused = await offClient.PostAsJsonAsync("/bench/directory-search", new { first = 1 });
        using var served = await onClient.PostAsJsonAsync("/bench/directory-search", new { first = 1 });

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task Plain_directory_search_returns_what_the_GraphQL_query_returns()
    {
        using var api = new FeedbackApiServer(database.ConnectionString);
        var variables = new { filter = new { text = "parenting" }, first = 5 };

        var graphql = await api.PostAsync(SearchQuery, variables);
        var plain = await PostPlainAsync(api, "/bench/directory-search", variables, token: null);

        Assert.True(graphql.Ok().GetProperty("services").GetProperty("totalCount").GetInt32() > 0, graphql.Json);
        Assert.Equal(Canonical(graphql.Json), Canonical(plain));
    }

    [Fact]
    public async Task Plain_plan_endpoint_returns_what_the_GraphQL_plan_query_returns_to_the_same_parent()
    {
        using var api = new FeedbackApiServer(database.ConnectionString);
        var token = api.Tokens.For(DemoAccounts.ParentSubject, "parent");
        var ids = await FamilyIds.HarlowAsync(database.ConnectionString);

        var graphql = await api.PostAsync(PlanQuery, new { id = ids.Plan }, token);
        var plain = await PostPlainAsync(api, "/bench/plan", new { id = ids.Plan }, token);

        var expected = JsonNode.Parse(graphql.Json)!;
        var actual = JsonNode.Parse(plain)!;
        Assert.NotNull(expected["data"]!["plan"]);
        // Each read is audited, so the plain read sees one more entry in "who has looked at my plan".
        var expectedLog = expected["data"]!["plan"]!.AsObject()["viewLog"]!.AsArray().Count;
        Assert.Equal(expectedLog + 1, actual["data"]!["plan"]!.AsObject()["viewLog"]!.AsArray().Count);
        expected["data"]!["plan"]!.AsObject().Remove("viewLog");
        actual["data"]!["plan"]!.AsObject().Remove("viewLog");
        Assert.Equal(Canonical(expected.ToJsonString()), Canonical(actual.ToJsonString()));
    }

    [Fact]
    public async Task Plain_plan_endpoint_gives_another_family_nothing()
    {
        using var api = new FeedbackApiServer(database.ConnectionString);
        var ids = await FamilyIds.HarlowAsync(database.ConnectionString);

        var plain = await PostPlainAsync(api, "/bench/plan", new { id = ids.Plan }, api.Tokens.For(DemoAccounts.Parent2Subject, "parent"));

        Assert.Equal("""{"data":{"plan":null}}""", Canonical(plain));
    }

    private static async Task<string> PostPlainAsync(FeedbackApiServer api, string path, object body, string? token)
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await http.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {json}");
        return json;
    }

    private static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
