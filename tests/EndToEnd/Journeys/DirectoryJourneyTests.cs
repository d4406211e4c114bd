using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RightHelp.EndToEnd.Stack;
using Xunit.Abstractions;

namespace RightHelp.EndToEnd.Journeys;

/// <summary>
/// Issue 7: a school's safeguarding lead searches the directory in everyday words, filters,
/// opens a service, reports something out of date, shortlists two services and opens the link
/// made for the family. Every page is checked with axe; the journey runs with JavaScript on and off.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class DirectoryJourneyTests(BrowserFixture browser, PublicStack stack, ITestOutputHelper output) : IClassFixture<PublicStack>
{
    private const string AttendanceSupport = "Attendance Support Team";
    private const string FoodParcels = "Emergency Food Parcels";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task School_finds_a_service_reports_a_mistake_and_sends_a_family_a_list(bool javaScript)
    {
        var clock = Stopwatch.StartNew();
        var page = await browser.NewPageAsync(stack.Portal.Address, javaScript);

        await page.GotoAsync("/directory");
        Assert.Equal("Find early help services", await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, javaScript);

        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("kid wont go to school");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(QueryWith("q=kid"));
        var firstFive = await page.Locator(".rh-result h3").AllInnerTextsAsync();
        Assert.Contains(AttendanceSupport, firstFive.Take(5));
        var before = ResultCount(await page.Locator("#result-count").InnerTextAsync());
        await AssertAccessibleAsync(page, javaScript);

        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Value = "inclusion" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(QueryWith("category=inclusion"));
        var after = ResultCount(await page.Locator("#result-count").InnerTextAsync());
        Assert.InRange(after, 1, before);
        await AssertAccessibleAsync(page, javaScript);

        await page.GetByRole(AriaRole.Link, new() { Name = AttendanceSupport }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/directory/services/"));
        Assert.Equal(AttendanceSupport, await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, javaScript);
        var listing = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Report something out of date" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/report$"));
        await AssertAccessibleAsync(page, javaScript);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        Assert.Contains("Tell us what is out of date", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByLabel("What is out of date?").FillAsync("The drop-in is now on Thursdays, not Tuesdays.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await page.Locator(".govuk-panel__title").WaitForAsync();
        Assert.Equal("Report sent", (await page.Locator(".govuk-panel__title").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(page, javaScript);

        await page.GotoAsync(listing);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to shortlist" }).ClickAsync();
        await page.GetByText("On your shortlist").WaitForAsync();
        Assert.Equal(listing, page.Url);

        await page.GotoAsync("/directory?q=food+parcels");
        await page.Locator(".rh-result", new() { HasText = FoodParcels }).GetByRole(AriaRole.Button, new() { Name = "Add to shortlist" }).ClickAsync();
        await page.Locator(".rh-result", new() { HasText = FoodParcels }).GetByText("On your shortlist").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Your shortlist (2)" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/directory/shortlist$"));
        Assert.Equal([AttendanceSupport, FoodParcels], await page.Locator(".rh-result h2").AllInnerTextsAsync());
        await AssertAccessibleAsync(page, javaScript);

        await page.GetByRole(AriaRole.Button, new() { Name = "Make a list for the family" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/directory/shortlist/ready/"));
        await AssertAccessibleAsync(page, javaScript);
        var link = await page.Locator("a.rh-family-link").GetAttributeAsync("href");
        Assert.Matches(FamilyLink(), link);

        var family = await browser.NewPageAsync(stack.Portal.Address, javaScript);
        await family.GotoAsync(link!);
        Assert.Equal("Help for your family", await family.Locator("h1").InnerTextAsync());
        Assert.Equal([AttendanceSupport, FoodParcels], await family.Locator(".rh-family-service h2").AllInnerTextsAsync());
        await AssertAccessibleAsync(family, javaScript);

        output.WriteLine($"JavaScript {(javaScript ? "on" : "off")}: journey took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private Regex QueryWith(string part) => new("/directory\\?.*" + Regex.Escape(part));

    private static int ResultCount(string heading) => int.Parse(heading.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    private Task AssertAccessibleAsync(IPage page, bool javaScript)
        => javaScript
            ? Accessibility.AssertNoViolationsAsync(page)
            : Accessibility.AssertNoViolationsWithoutJavaScriptAsync(page, browser.Browser);

    [GeneratedRegex("^http://127\\.0\\.0\\.1:\\d+/list/[A-Za-z0-9_-]{43}$")]
    private static partial Regex FamilyLink();
}
