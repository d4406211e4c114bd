using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RightHelp.Portal.Tests.Http;

/// <summary>A Portal deployed without its content: not ready, and failing politely.</summary>
public sealed class BrokenContentTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
        .UseEnvironment("Production")
        .UseSetting("Content:Path", Path.Combine(Path.GetTempPath(), "righthelp-no-content-" + Guid.NewGuid().ToString("N"))));

    [Fact]
    public async Task Ready_check_fails_when_the_content_is_missing_while_live_still_answers()
    {
        var client = _factory.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task A_failing_page_shows_the_problem_page_without_details()
    {
        var response = await _factory.CreateClient().GetAsync("/accessibility");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", new HtmlParser().ParseDocument(html).QuerySelector("main h1")!.TextContent);
        Assert.DoesNotContain("ContentException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("righthelp-no-content", html, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
