using System.Net;

namespace RightHelp.GraphQL.Tests.AspNetCore;

public sealed class IntrospectionTests
{
    private const string SchemaQuery = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task Production_refuses_introspection_by_default()
    {
        await using var host = await GraphQLTestHost.StartAsync("Production");

        var response = await host.Client.PostQueryAsync(SchemaQuery, HttpExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("introspection", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Production_still_answers_typename()
    {
        await using var host = await GraphQLTestHost.StartAsync("Production");

        var response = await host.Client.PostQueryAsync("{ __typename }", HttpExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Development_allows_introspection()
    {
        await using var host = await GraphQLTestHost.StartAsync("Development");

        var response = await host.Client.PostQueryAsync(SchemaQuery, HttpExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }
}
