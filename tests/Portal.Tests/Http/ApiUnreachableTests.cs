using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RightHelp.Portal.Api;

namespace RightHelp.Portal.Tests.Http;

/// <summary>
/// A page that needs the Api while the Api is not answering (restarting, say): a retryable 503
/// with Retry-After and words that say it is temporary, not the 500 "problem with the service".
/// </summary>
public sealed class ApiUnreachableTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
        .UseEnvironment("Production")
        // Port 9 (discard) is closed on loopback: every connection is refused at once.
        .UseSetting("Services:Api", "http://127.0.0.1:9"));

    [Fact]
    public async Task A_page_that_needs_the_Api_answers_503_with_Retry_After_and_says_to_try_again()
    {
        var response = await _factory.CreateClient().GetAsync("/offers");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(UnreachableService.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        var main = new HtmlParser().ParseDocument(html).QuerySelector("main")!;
        Assert.Equal("Sorry, the service is not working right now", main.QuerySelector("h1")!.TextContent);
        Assert.Contains("try again", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("HttpRequestException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_failures_to_reach_a_service_are_temporary()
    {
        Assert.Equal(503, UnreachableService.StatusCodeFor(new HttpRequestException("Connection refused")));
        Assert.Equal(503, UnreachableService.StatusCodeFor(new TaskCanceledException("timed out", new TimeoutException())));
        Assert.Equal(503, UnreachableService.StatusCodeFor(new InvalidOperationException("discovery failed", new HttpRequestException())));
        Assert.Equal(500, UnreachableService.StatusCodeFor(new InvalidOperationException("a bug")));
        Assert.Equal(500, UnreachableService.StatusCodeFor(new TaskCanceledException("the visitor went away")));
    }

    public void Dispose() => _factory.Dispose();
}
