using System.Net;
using RightHelp.GraphQL.AspNetCore;

namespace RightHelp.GraphQL.Tests.AspNetCore;

public sealed class StrictCsrfPolicyTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await GraphQLTestHost.StartAsync(configure: options => options.GetRequestCsrfPolicy = GetRequestCsrfPolicy.AlwaysRequirePreflight);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_simple_get_is_refused_under_the_strict_policy()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("{ hello }");

        var simple = await _host.Client.GetGraphQLAsync(url, ("Accept", HttpExtensions.GraphQLResponseJson));
        var formLike = await _host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url)
        {
            Content = new StringContent("", null, "text/plain"),
        });
        var preflighted = await _host.Client.GetGraphQLAsync(url, ("GraphQL-Preflight", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, simple.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, formLike.StatusCode);
        Assert.Equal(HttpStatusCode.OK, preflighted.StatusCode);
    }

    [Fact]
    public async Task Posts_need_no_preflight_header_because_json_always_preflights()
    {
        var response = await _host.Client.PostQueryAsync("{ hello }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
