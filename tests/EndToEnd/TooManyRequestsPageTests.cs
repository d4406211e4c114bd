using Microsoft.Playwright;
using RightHelp.EndToEnd.Stack;

namespace RightHelp.EndToEnd;

/// <summary>
/// The page a person sees when a rate limit refuses them, reached for real by tripping a lowered
/// limit: a GOV.UK page in plain English with 429 and Retry-After, and no WCAG 2.2 AA problems,
/// with JavaScript on and off.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class TooManyRequestsPageTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_Portal_page_explains_when_to_try_again_and_is_accessible(bool javaScript)
    {
        await using var portal = RateLimitedPortalHost.Start();
        var page = await browser.NewPageAsync(portal.Address, javaScript);

        await page.GotoAsync("/sign-in");
        var refused = await page.GotoAsync("/sign-in");

        await AssertFriendlyAsync(page, refused!, javaScript);
        Assert.EndsWith("Right Help - Northshire Council", await page.TitleAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_Identity_page_explains_when_to_try_again_and_is_accessible(bool javaScript)
    {
        var (identity, database) = await IdentityHost.StartAsync(new Dictionary<string, string> { ["RateLimits:SignIn:PermitLimit"] = "1" });
        try
        {
            var page = await browser.NewPageAsync(identity.Address, javaScript);
            IResponse? refused = null;
            for (var attempt = 0; attempt < 2; attempt++)
            {
                await page.GotoAsync("/account/sign-in");
                await page.GetByLabel("Email address").FillAsync("nobody@example.test");
                await page.GetByLabel("Password").FillAsync("a wrong guess");
                refused = await page.RunAndWaitForResponseAsync(
                    () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync(),
                    response => response.Request.Method == "POST" && response.Request.IsNavigationRequest);
            }

            await AssertFriendlyAsync(page, refused!, javaScript);
            await page.Context.CloseAsync();
        }
        finally
        {
            await identity.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private async Task AssertFriendlyAsync(IPage page, IResponse refused, bool javaScript)
    {
        Assert.Equal(429, refused.Status);
        Assert.InRange(int.Parse((await refused.AllHeadersAsync())["retry-after"], System.Globalization.CultureInfo.InvariantCulture), 1, 300);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("You have tried too many times");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("try again");
        Assert.StartsWith("You have tried too many times", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("header").CountAsync() >= 1, "the page has no GOV.UK header");
        if (javaScript)
        {
            await Accessibility.AssertNoViolationsAsync(page);
        }
        else
        {
            await Accessibility.AssertNoViolationsWithoutJavaScriptAsync(page, browser.Browser);
        }
    }
}
