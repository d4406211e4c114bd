using System.Net;
using Npgsql;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Security;

/// <summary>
/// The Api's GraphQL endpoint as Production serves it to strangers: nothing that maps the schema
/// (introspection, "Did you mean" hints, the IDE) and nothing of a failure's insides. The
/// benchmark's /bench/ endpoints are proved absent in Production by BenchEndpointTests.
/// </summary>
public sealed class ProductionGraphQLTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private ProductionApi api = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        api = new ProductionApi(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData("{ __schema { types { name } } }")]
    [InlineData("{ __type(name: \"Family\") { fields { name } } }")]
    [InlineData("{ localities { name } __schema { queryType { name } } }")]
    public async Task Introspection_is_refused(string query)
    {
        var (response, body) = await api.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.ContainsKey("data"));
        Assert.Contains("introspection is not allowed", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ordinary_queries_still_answer()
    {
        var (response, body) = await api.PostAsync("{ localities { name } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(body["data"]!["localities"]!.AsArray());
    }

    // Each misspelling is one edit from a real name, so a Development server would suggest it.
    [Theory]
    [InlineData("{ localitie { name } }", "Cannot query field \"localitie\" on type \"Query\".")]
    [InlineData("{ localities { nme } }", "Cannot query field \"nme\" on type \"Locality\".")]
    [InlineData("{ services(firs: 1) { totalCount } }", "Unknown argument \"firs\" on field \"Query.services\".")]
    [InlineData("query ($f: ServiceFiltr) { services(filter: $f) { totalCount } }", "Unknown type \"ServiceFiltr\".")]
    [InlineData("{ services(filter: { txt: \"x\" }) { totalCount } }", "\"ServiceFilter\" not to include unknown field \"txt\"")]
    public async Task Validation_errors_suggest_no_names(string query, string expected)
    {
        var (response, body) = await api.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = body["errors"]!.AsArray().Select(error => error!["message"]!.GetValue<string>()).ToList();
        Assert.Contains(messages, message => message.Contains(expected, StringComparison.Ordinal));
        Assert.All(messages, message => Assert.DoesNotContain("Did you mean", message, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_unexpected_failure_is_masked_with_a_correlation_id_that_the_log_holds()
    {
        // A real failure the resolvers never expect: the table they read has gone.
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var rename = new NpgsqlCommand("ALTER TABLE localities RENAME TO localities_gone", connection);
            await rename.ExecuteNonQueryAsync();
        }

        var (response, body) = await api.PostAsync("{ localities { name } }");

        var text = body.ToJsonString();
        var error = body["errors"]![0]!;
        Assert.Equal("Unexpected error.", error["message"]!.GetValue<string>());
        var correlationId = error["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.Matches("^[0-9a-f]{32}$", correlationId);
        foreach (var leak in new[] { "localities_gone", "does not exist", "Npgsql", "Exception", "   at ", ".cs:line" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }
        Assert.Contains(api.Logs.Lines, line => line.Contains(correlationId, StringComparison.Ordinal) && line.Contains("PostgresException", StringComparison.Ordinal));
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_gets_no_GraphiQL_at_the_endpoint()
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var page = await http.SendAsync(request);
        using var asset = await http.GetAsync("/graphql/ide/graphiql.min.js");

        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("graphiql", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }
}
