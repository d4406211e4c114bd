using Microsoft.Playwright;
using RightHelp.EndToEnd.Stack;

namespace RightHelp.EndToEnd.Journeys;

/// <summary>
/// A school's safeguarding lead changes their listing's phone number; an editor (with a second
/// factor) approves it; the partner then sees it published with today's date as last checked.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PartnerEditsListingJourneyTests(BrowserFixture browser, WholeServiceStack stack) : IClassFixture<WholeServiceStack>
{
    private const string Password = "right-help-demo-2026";

    [Theory]
    [InlineData(true, "01632 960 501")]
    [InlineData(false, "01632 960 502")]
    public async Task Partner_changes_a_listing_and_an_editor_approves_it(bool javaScript, string phone)
    {
        var partner = await browser.NewPageAsync(stack.Portal.Address, javaScript);
        await SignInAsync(partner, "/partners/listings", "school@example.test");
        await Assertions.Expect(partner.Locator("main h1")).ToHaveTextAsync("Your listings");
        await AssertAccessibleAsync(partner, javaScript);
        await partner.GetByRole(AriaRole.Link, new() { Name = "Change Oak Lane Nurture Room" }).ClickAsync();

        await Assertions.Expect(partner.Locator("main h1")).ToHaveTextAsync("Change Oak Lane Nurture Room");
        await AssertAccessibleAsync(partner, javaScript);
        await partner.GetByLabel("Phone").FillAsync(phone);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Send for checking" }).ClickAsync();
        await Assertions.Expect(partner.Locator(".govuk-notification-banner")).ToContainTextAsync("Your change has been sent to the editors.");
        await AssertAccessibleAsync(partner, javaScript);

        var editor = await browser.NewPageAsync(stack.Portal.Address, javaScript);
        await SignInAsync(editor, "/editors/moderation", "editor@example.test", secondFactor: true);
        await Assertions.Expect(editor.Locator("main h1")).ToHaveTextAsync("Listing changes to check");
        await AssertAccessibleAsync(editor, javaScript);
        await editor.GetByRole(AriaRole.Link, new() { Name = "Oak Lane Nurture Room" }).First.ClickAsync();
        await Assertions.Expect(editor.Locator("main table")).ToContainTextAsync(phone);
        await AssertAccessibleAsync(editor, javaScript);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".govuk-notification-banner")).ToContainTextAsync("The change is published.");
        await AssertAccessibleAsync(editor, javaScript);

        await partner.GotoAsync("/partners/listings");
        var card = partner.Locator(".govuk-summary-card", new() { HasText = "Oak Lane Nurture Room" });
        await Assertions.Expect(card).ToContainTextAsync(phone);
        var today = DateTime.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        await Assertions.Expect(card.Locator("dd").First).ToHaveTextAsync(today);
    }

    private async Task SignInAsync(IPage page, string path, string email, bool secondFactor = false)
    {
        await page.GotoAsync(path);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        if (secondFactor)
        {
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Enter the code from your authenticator app");
            await page.GetByLabel("Security code").FillAsync(await stack.TotpCodeAsync(email));
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }
        await page.WaitForURLAsync(new Uri(stack.Portal.Address, path).ToString());
    }

    private Task AssertAccessibleAsync(IPage page, bool javaScript)
        => javaScript
            ? Accessibility.AssertNoViolationsAsync(page)
            : Accessibility.AssertNoViolationsWithoutJavaScriptAsync(page, browser.Browser);
}
