using System.Net;
using System.Text.Json;

namespace RightHelp.GraphQL.Tests.AspNetCore;

public sealed class MediaTypeNegotiationTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_client_that_accepts_graphql_response_json_gets_it()
    {
        var response = await _host.Client.PostQueryAsync("{ hello }", "application/graphql-response+json, application/json;q=0.9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpExtensions.GraphQLResponseJson, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_client_that_prefers_application_json_gets_it()
    {
        var response = await _host.Client.PostQueryAsync("{ hello }", "application/graphql-response+json;q=0.5, application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/*")]
    public async Task Legacy_clients_without_a_specific_accept_get_application_json(string? accept)
    {
        var response = await _host.Client.PostQueryAsync("{ hello }", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/graphql-response+json;q=0")]
    public async Task Nothing_acceptable_is_refused_with_406(string accept)
    {
        var response = await _host.Client.PostQueryAsync("{ hello }", accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(0, _host.Schema.Count);
    }

    [Fact]
    public async Task A_syntax_error_is_400_without_data_under_graphql_response_json()
    {
        var response = await _host.Client.PostQueryAsync("{ hello", HttpExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpExtensions.GraphQLResponseJson, response.MediaType());
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_syntax_error_is_200_under_application_json()
    {
        var response = await _host.Client.PostQueryAsync("{ hello", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_validation_error_is_400_under_graphql_response_json_and_200_under_application_json()
    {
        var query = "{ 8f31403dfe404bccbb0e835f2629c6a7 }";

        var strict = await _host.Client.PostQueryAsync(query, HttpExtensions.GraphQLResponseJson);
        var legacy = await _host.Client.PostQueryAsync(query, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
    }

    [Fact]
    public async Task A_variable_coercion_failure_is_400_under_graphql_response_json()
    {
        var body = JsonSerializer.Serialize(new { query = "query Q($id: ID!) { __typename }", variables = new { id = (string?)null } });

        var response = await _host.Client.PostGraphQLAsync(body, HttpExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Responses_are_never_stored_by_caches()
    {
        var response = await _host.Client.PostQueryAsync("{ hello }");

        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("Accept", response.Headers.Vary);
    }
}
