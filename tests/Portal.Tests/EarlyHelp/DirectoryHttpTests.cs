using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RightHelp.Portal.Tests.EarlyHelp;

/// <summary>The directory pages when the Api cannot be reached: a clear message and the right status, never an error page.</summary>
public class DirectoryHttpTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private HttpClient Client() => factory
        .WithWebHostBuilder(builder => builder.UseSetting("Services:Api", "http://127.0.0.1:9"))
        .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Search_says_the_directory_is_not_working_when_the_Api_is_down()
    {
        var response = await Client().GetAsync("/directory?q=kid");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("not working right now", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("kid", document.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/directory/services/U2VydmljZTox", HttpStatusCode.ServiceUnavailable)]
    [InlineData("/directory/services/not%20an%20id", HttpStatusCode.NotFound)]
    [InlineData("/list/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", HttpStatusCode.NotFound)]
    public async Task Listing_and_family_list_answer_with_a_status_that_says_what_happened(string path, HttpStatusCode expected)
    {
        var response = await Client().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("govuk-heading-l", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_family_list_is_never_kept_by_a_shared_cache()
    {
        var response = await Client().GetAsync("/list/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Adding_to_the_shortlist_without_the_form_token_is_refused()
    {
        var response = await Client().PostAsync("/directory/shortlist/add",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["serviceId"] = "U2VydmljZTox", ["returnTo"] = "/directory" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("rh_shortlist", StringComparison.Ordinal)));
    }
}
