using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace RightHelp.GraphQL.Tests.AspNetCore;

public sealed class RequestParsingTests : IAsyncLifetime
{
    private const int BodyLimit = 4096;

    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await GraphQLTestHost.StartAsync(configure: options => options.MaxRequestBodyBytes = BodyLimit);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Variables_reach_the_executor()
    {
        var body = JsonSerializer.Serialize(new { query = "query($name: String) { hello(name: $name) }", variables = new { name = "Asha" } });

        var response = await _host.Client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Asha!", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task The_signed_in_user_reaches_resolvers()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ me }"}""") };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(GraphQLTestHost.UserHeader, "Jo Example");

        var response = await _host.Client.SendAsync(request);

        Assert.Equal("Jo Example", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("me").GetString());
    }

    [Theory]
    [InlineData("""{ "not json""", "not valid JSON")]
    [InlineData("""["{ hello }"]""", "must be a JSON object")]
    [InlineData("""{"query": 1}""", "\"query\" parameter must be a string")]
    [InlineData("""{"query": "{ hello }", "operationName": false}""", "\"operationName\" parameter must be a string")]
    [InlineData("""{"query": "{ hello }", "variables": "{}"}""", "\"variables\" parameter must be a JSON object")]
    [InlineData("""{"query": "{ hello }", "extensions": ["a"]}""", "\"extensions\" parameter must be a JSON object")]
    [InlineData("""{"qeury": "{ hello }"}""", "no \"query\"")]
    [InlineData("""{"query": "{ hello }", "query": "mutation { increment }"}""", "not valid JSON")]
    [InlineData("", "body is empty")]
    public async Task Malformed_requests_are_400_with_a_clear_message(string body, string expected)
    {
        var response = await _host.Client.PostGraphQLAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains(expected, message);
        Assert.Equal(0, _host.Schema.Count);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Posts_that_are_not_utf8_json_are_refused_with_415(string contentType)
    {
        var response = await _host.Client.PostGraphQLAsync("""{"query":"mutation { increment }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, _host.Schema.Count);
    }

    [Fact]
    public async Task A_post_without_a_content_type_is_refused()
    {
        var response = await _host.Client.PostGraphQLAsync("""{"query":"mutation { increment }"}""", contentType: null);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, _host.Schema.Count);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        var body = JsonSerializer.Serialize(new { query = "{ hello }", extensions = new { padding = new string('x', BodyLimit) } });

        var response = await _host.Client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_refused_with_413()
    {
        var body = JsonSerializer.Serialize(new { query = "{ hello }", extensions = new { padding = new string('x', BodyLimit) } });
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_executed()
    {
        var prefix = JsonSerializer.Serialize(new { query = "{ hello }", extensions = new { padding = "" } });
        var body = JsonSerializer.Serialize(new { query = "{ hello }", extensions = new { padding = new string('x', BodyLimit - prefix.Length) } });

        var response = await _host.Client.PostGraphQLAsync(body);

        Assert.Equal(BodyLimit, System.Text.Encoding.UTF8.GetByteCount(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
