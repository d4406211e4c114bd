using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RightHelp.Portal.Api.Staff;
using RightHelp.Portal.Components.Staff;
using RightHelp.Portal.Tests.Family;

namespace RightHelp.Portal.Tests.Staff;

public class StaffPagesTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("/staff/families")]
    [InlineData("/staff/plans/UGxhbjox/write")]
    [InlineData("/staff/families/RmFtaWx5OjE=/meetings/new")]
    [InlineData("/staff/questions")]
    [InlineData("/staff/meetings/TWVldGluZzox")]
    public async Task Signed_out_visitor_is_sent_to_sign_in_from_every_staff_page(string path)
    {
        using var portal = factory.WithWebHostBuilder(builder => builder.UseSetting("Identity:ClientSecret", "staff-tests-secret"));
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("code_challenge", response.Headers.Location!.Query);
    }

    [Fact]
    public async Task The_check_shows_reading_age_long_sentences_abbreviations_and_kinder_words()
    {
        var check = new WritingCheck(14, ["A very long sentence that goes on."], ["XYZ"], [new KinderWord("contact", ["family time"])]);

        var document = await FamilyRenderer.Render<WritingCheckResult>(("Check", check), ("Id", "section-1-check"));
        var text = document.QuerySelector("#section-1-check")!.TextContent;

        Assert.Contains("Reading age 14", text, StringComparison.Ordinal);
        Assert.Contains("Aim for 11 or under", text, StringComparison.Ordinal);
        Assert.Contains("A very long sentence that goes on.", text, StringComparison.Ordinal);
        Assert.Contains("XYZ", text, StringComparison.Ordinal);
        Assert.Contains("\"contact\": try \"family time\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clear_section_says_so()
    {
        var document = await FamilyRenderer.Render<WritingCheckResult>(("Check", new WritingCheck(9, [], [], [])), ("Id", "c"));

        Assert.Contains("Nothing to change", document.QuerySelector("#c")!.TextContent, StringComparison.Ordinal);
    }
}
