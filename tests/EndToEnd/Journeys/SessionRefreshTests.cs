using Microsoft.Playwright;
using RightHelp.EndToEnd.Stack;

namespace RightHelp.EndToEnd.Journeys;

/// <summary>
/// A signed-in person whose access token needs refreshing opens several pages at once. The
/// provider ends the whole session if a rotated refresh token is used twice, so without one
/// shared refresh in the Portal the person would be signed out by their own browser.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SessionRefreshTests(BrowserFixture browser, SignInStack stack) : IClassFixture<SignInStack>
{
    private const string Password = "right-help-demo-2026";

    [Fact]
    public async Task Pages_opened_at_the_same_time_while_the_token_is_refreshed_keep_the_person_signed_in()
    {
        // A refresh window longer than the token's life: every request refreshes.
        await using var portal = SignedInPortalHost.Start(stack.Identity.Address, settings: new Dictionary<string, string>
        {
            ["Identity:RefreshBefore"] = "1.00:00:00",
        });
        await stack.Identity.RegisterPortalAsync(portal.Address);
        var page = await browser.NewPageAsync(portal.Address);

        await page.GotoAsync("/account");
        await page.GetByLabel("Email address").FillAsync("parent@example.test");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(portal.Address, "/account").ToString());

        // Different addresses, because Chromium queues identical GETs behind its cache lock and the
        // requests would not overlap. A signed-out request is redirected, which "manual" reports as 0.
        var statuses = await page.EvaluateAsync<int[]>(
            "() => Promise.all(Array.from({ length: 6 }, (_, i) => fetch('/account?tab=' + i, { redirect: 'manual', cache: 'no-store' }).then(r => r.status)))");
        Assert.All(statuses, status => Assert.Equal(200, status));

        await page.GotoAsync("/account");
        Assert.Equal(new Uri(portal.Address, "/account").ToString(), page.Url);
        Assert.Equal("Your account", await page.Locator("h1").InnerTextAsync());
    }
}
