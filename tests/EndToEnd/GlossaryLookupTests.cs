using Microsoft.Playwright;

namespace RightHelp.EndToEnd;

/// <summary>"Look up a word": a plain form post with antiforgery, working with JavaScript on and off.</summary>
[Collection(EndToEndCollection.Name)]
public class GlossaryLookupTests(BrowserFixture browser, PortalApp portal)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Looking_up_an_abbreviation_opens_the_plain_explanation(bool javaScript)
    {
        var page = await browser.NewPageAsync(portal.BaseAddress, javaScript);
        await page.GotoAsync("/glossary");

        await page.GetByLabel("Look up a word").FillAsync("s47");
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/glossary/section-47-enquiry").ToString());
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Section 47 enquiry");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_empty_lookup_shows_an_error_summary_that_leads_to_the_field(bool javaScript)
    {
        var page = await browser.NewPageAsync(portal.BaseAddress, javaScript);
        await page.GotoAsync("/glossary");

        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Enter a word to look up");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Assertions.Expect(page.Locator("#word-error")).ToContainTextAsync("Enter a word to look up");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter a word to look up" }).ClickAsync();
        await Assertions.Expect(page.Locator("#word")).ToBeFocusedAsync();
        if (javaScript)
        {
            await Accessibility.AssertNoViolationsAsync(page);
        }
        else
        {
            await Accessibility.AssertNoViolationsWithoutJavaScriptAsync(page, browser.Browser);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_word_we_do_not_have_is_kept_in_the_field_with_a_helpful_error()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress, javaScript: false);
        await page.GotoAsync("/glossary");

        await page.GetByLabel("Look up a word").FillAsync("flibbertigibbet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("We do not have \"flibbertigibbet\" yet");
        await Assertions.Expect(page.GetByLabel("Look up a word")).ToHaveValueAsync("flibbertigibbet");
        await page.Context.CloseAsync();
    }
}
