using Microsoft.Playwright;
using RightHelp.EndToEnd.Stack;

namespace RightHelp.EndToEnd.Journeys;

/// <summary>
/// A parent signs in to the Portal at the Identity service (code flow with PKCE, a real form
/// post), sees who they are signed in as, and signs out at both ends.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture browser, SignInStack stack) : IClassFixture<SignInStack>
{
    private const string Password = "right-help-demo-2026";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Parent_signs_in_sees_their_account_and_signs_out(bool javaScript)
    {
        var page = await browser.NewPageAsync(stack.Portal.Address, javaScript);

        await page.GotoAsync("/account");
        Assert.StartsWith(stack.Identity.Address.ToString().TrimEnd('/'), page.Url, StringComparison.Ordinal);
        await AssertAccessibleAsync(page, javaScript);
        await page.GetByLabel("Email address").FillAsync("parent@example.test");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await WaitForPageAsync(page, new Uri(stack.Portal.Address, "/account"));
        Assert.Equal("Your account", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("You are signed in as", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, javaScript);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await WaitForPageAsync(page, new Uri(stack.Portal.Address, "/signed-out"));
        Assert.Equal("You have signed out", await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, javaScript);

        // Signed out at the provider too: the account page asks for a password again.
        await page.GotoAsync("/account");
        Assert.StartsWith(stack.Identity.Address.ToString().TrimEnd('/'), page.Url, StringComparison.Ordinal);
        Assert.True(await page.GetByLabel("Password").IsVisibleAsync());
    }

    [Fact]
    public async Task A_sign_out_post_without_the_antiforgery_token_is_refused_and_the_person_stays_signed_in()
    {
        var page = await browser.NewPageAsync(stack.Portal.Address);
        await page.GotoAsync("/account");
        await page.GetByLabel("Email address").FillAsync("parent@example.test");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(stack.Portal.Address, "/account").ToString());

        // What another site's form could send: the person's cookies, but not the page's token.
        var response = await page.APIRequest.PostAsync("/sign-out", new()
        {
            Form = page.APIRequest.CreateFormData().Set("signOut", "1"),
            MaxRedirects = 0,
        });

        Assert.Equal(400, response.Status);
        await page.GotoAsync("/account");
        Assert.Equal(new Uri(stack.Portal.Address, "/account").ToString(), page.Url);
        Assert.Equal("Your account", await page.Locator("h1").InnerTextAsync());
    }

    // When a redirect chain stops somewhere else (a problem page at Identity, say), the failure
    // names where the browser ended up instead of only reporting a timeout.
    // It waits for the page to be committed, not for its load event: after the cross-origin
    // redirects of sign-out, the load event was sometimes never reported to Playwright although
    // the page was there and complete ("expected /signed-out but the browser is at /signed-out",
    // twice in full runs). The heading check that follows waits for the content itself.
    private static async Task WaitForPageAsync(IPage page, Uri expected)
    {
        try
        {
            await page.WaitForURLAsync(expected.ToString(), new() { WaitUntil = WaitUntilState.Commit });
            await page.Locator("h1").First.WaitForAsync();
        }
        catch (TimeoutException)
        {
            var heading = await page.Locator("h1").First.InnerTextAsync(new() { Timeout = 5_000 });
            Assert.Fail($"Expected {expected} but the browser is at {page.Url}, headed \"{heading}\".");
        }
    }

    private Task AssertAccessibleAsync(IPage page, bool javaScript)
        => javaScript
            ? Accessibility.AssertNoViolationsAsync(page)
            : Accessibility.AssertNoViolationsWithoutJavaScriptAsync(page, browser.Browser);
}
