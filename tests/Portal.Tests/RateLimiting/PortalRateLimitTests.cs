using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RightHelp.Portal.Tests.RateLimiting;

/// <summary>The Portal's real pipeline with small limits (the Api is down, which the form handles kindly).</summary>
public sealed class PortalRateLimitTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
        .UseSetting("Services:Api", "http://127.0.0.1:9")
        .UseSetting("RateLimits:Feedback:PermitLimit", "2")
        .UseSetting("RateLimits:SignIn:PermitLimit", "2"));

    private HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Sending_feedback_too_often_shows_a_plain_english_page_with_429_and_retry_after()
    {
        var client = Client();
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/feedback"));
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/feedback", Fields(form))).StatusCode);
        }

        var refused = await client.PostAsync("/feedback", Fields(form));
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 295, 300);
        Assert.Equal("You have tried too many times - Right Help - Northshire Council", page.Title);
        Assert.Equal("You have tried too many times", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains("Wait 5 minutes and try again.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header"));
        Assert.Contains("script-src 'self'", refused.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_the_feedback_form_is_never_limited()
    {
        var client = Client();
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feedback")).StatusCode);
        }
    }

    [Fact]
    public async Task Starting_sign_in_too_often_is_refused_with_the_same_page()
    {
        var client = Client();
        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/sign-in")).StatusCode);
        }

        var refused = await client.GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("You have tried too many times", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Fields(IDocument page)
    {
        var form = page.QuerySelector("form[method=post]")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
        fields["Form.Text"] = "The meeting was at a bad time for me.";
        fields["Form.ListenedTo"] = "4";
        return new FormUrlEncodedContent(fields);
    }

    public void Dispose() => _factory.Dispose();
}
