using Microsoft.Playwright;
using RightHelp.EndToEnd.Stack;

namespace RightHelp.EndToEnd.Journeys;

/// <summary>
/// A family who does not know the council's areas types their postcode, lands on their area's
/// page, narrows what is on to help with being a parent, and opens an offer: with JavaScript on
/// and off, and axe on every page.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class FamilyFindsAnOfferJourneyTests(BrowserFixture browser, PublicStack stack) : IClassFixture<PublicStack>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Family_finds_their_area_by_postcode_then_a_parenting_offer_there(bool javaScript)
    {
        var page = await browser.NewPageAsync(stack.Portal.Address, javaScript);

        await page.GotoAsync("/localities");
        await AssertAccessibleAsync(page, javaScript);
        await page.GetByLabel("Which area am I in?").FillAsync("hw3 2lb");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find my area" }).ClickAsync();

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("You are in the South area");
        await AssertAccessibleAsync(page, javaScript);
        await page.GetByRole(AriaRole.Link, new() { Name = "See the South area and its family hub" }).ClickAsync();

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("South area");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "If the South area were 100 children" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, javaScript);
        await page.GetByRole(AriaRole.Link, new() { Name = "See everything on in the South area" }).ClickAsync();

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("What is on near you");
        await page.GetByLabel("What you want help with").SelectOptionAsync(new SelectOptionValue { Label = "Being a parent" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what is on" }).ClickAsync();

        await Assertions.Expect(page.Locator("#results")).ToHaveTextAsync("We found 1 thing");
        Assert.Contains("area=south", page.Url, StringComparison.Ordinal);
        Assert.Contains("help=PARENTING", page.Url, StringComparison.Ordinal);
        await AssertAccessibleAsync(page, javaScript);
        await page.GetByRole(AriaRole.Link, new() { Name = "Parenting teenagers" }).ClickAsync();

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Parenting teenagers");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("How to join");
        await AssertAccessibleAsync(page, javaScript);
    }

    private Task AssertAccessibleAsync(IPage page, bool javaScript)
        => javaScript
            ? Accessibility.AssertNoViolationsAsync(page)
            : Accessibility.AssertNoViolationsWithoutJavaScriptAsync(page, browser.Browser);
}
