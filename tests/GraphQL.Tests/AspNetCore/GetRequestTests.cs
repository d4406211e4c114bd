using System.Net;

namespace RightHelp.GraphQL.Tests.AspNetCore;

public sealed class GetRequestTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_query_can_be_sent_with_get_and_url_encoded_variables()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($name: String) { hello(name: $name) }")
            + "&variables=" + Uri.EscapeDataString("""{"name":"Sam"}""");

        var response = await _host.Client.GetGraphQLAsync(url, ("Accept", HttpExtensions.GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Sam!", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_mutation_sent_with_get_is_refused_with_405_and_not_run()
    {
        var response = await _host.Client.GetGraphQLAsync("/graphql?query=" + Uri.EscapeDataString("mutation { increment }"), ("Accept", "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(0, _host.Schema.Count);
    }

    [Fact]
    public async Task The_same_mutation_runs_with_post()
    {
        var response = await _host.Client.PostQueryAsync("mutation { increment }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _host.Schema.Count);
    }

    [Theory]
    [InlineData("variables=%5B1%5D", "\"variables\" parameter must be a JSON object")]
    [InlineData("variables=%7Bnope", "\"variables\" parameter is not valid JSON")]
    [InlineData("extensions=3", "\"extensions\" parameter must be a JSON object")]
    [InlineData("query=%7B%20hello%20%7D", "\"query\" parameter must be given once")]
    public async Task Malformed_get_parameters_are_400(string extra, string expected)
    {
        var response = await _host.Client.GetGraphQLAsync("/graphql?query=%7B%20hello%20%7D&" + extra);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_get_carrying_cookies_must_prove_it_was_not_forged()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("{ me }");

        var forged = await _host.Client.GetGraphQLAsync(url, ("Cookie", "session=abc"));
        var preflighted = await _host.Client.GetGraphQLAsync(url, ("Cookie", "session=abc"), ("GraphQL-Preflight", "1"));
        var bearer = await _host.Client.GetGraphQLAsync(url, ("Cookie", "session=abc"), ("Authorization", "Bearer x"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("GraphQL-Preflight", (await forged.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, preflighted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_refused_with_405(string method)
    {
        var response = await _host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }
}
