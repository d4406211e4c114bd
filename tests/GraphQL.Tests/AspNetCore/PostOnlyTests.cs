using System.Net;

namespace RightHelp.GraphQL.Tests.AspNetCore;

public sealed class PostOnlyTests
{
    [Fact]
    public async Task An_endpoint_without_get_refuses_queries_sent_with_get()
    {
        await using var host = await GraphQLTestHost.StartAsync(configure: options => options.AllowGetRequests = false);

        var get = await host.Client.GetGraphQLAsync("/graphql?query=" + Uri.EscapeDataString("{ hello }"));
        var post = await host.Client.PostQueryAsync("{ hello }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(["POST"], get.Content.Headers.Allow);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
    }
}
