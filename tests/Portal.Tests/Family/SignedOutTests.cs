using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RightHelp.Portal.Tests.Family;

/// <summary>Family pages hold safeguarding data: nobody sees them, or their shape, without signing in.</summary>
public class SignedOutTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("/your-family")]
    [InlineData("/plans/UGxhbjox")]
    [InlineData("/meetings/TWVldGluZzox")]
    [InlineData("/your-team")]
    public async Task Signed_out_visitor_is_sent_to_sign_in_and_sees_nothing_of_the_page(string path)
    {
        // The sign-in challenge needs a client secret; the real one lives outside config files.
        using var portal = factory.WithWebHostBuilder(builder => builder.UseSetting("Identity:ClientSecret", "family-tests-secret"));
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("code_challenge", response.Headers.Location!.Query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Your family", body);
        Assert.DoesNotContain("Have your say", body);
    }
}
