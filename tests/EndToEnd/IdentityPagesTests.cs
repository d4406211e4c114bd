using Microsoft.Playwright;
using RightHelp.EndToEnd.Stack;

namespace RightHelp.EndToEnd;

/// <summary>The Identity service's own pages, with JavaScript on and off, including their error states.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class IdentityPagesTests(BrowserFixture browser, SignInStack stack) : IClassFixture<SignInStack>
{
    public static TheoryData<string, bool> Pages()
    {
        var data = new TheoryData<string, bool>();
        foreach (var javaScript in new[] { true, false })
        {
            foreach (var path in new[]
            {
                "/", "/account/sign-in", "/account/forgot-password", "/account/sign-in-with-code",
                "/account/signed-out", "/account/invitation", "/account/reset-password", "/problem", "/account/no-such-page",
            })
            {
                data.Add(path, javaScript);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_2_2_AA_violations(string path, bool javaScript)
    {
        var page = await browser.NewPageAsync(stack.Identity.Address, javaScript);

        var response = await page.GotoAsync(path);

        Assert.True(response is { Status: < 500 }, $"{path} answered {response?.Status}.");
        Assert.Equal(1, await page.Locator("main h1").CountAsync());
        await AssertAccessibleAsync(page, javaScript);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_wrong_password_and_the_staff_second_step_have_no_violations(bool javaScript)
    {
        var page = await browser.NewPageAsync(stack.Identity.Address, javaScript);
        await page.GotoAsync("/account/sign-in");

        await page.GetByLabel("Email address").FillAsync("worker@example.test");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, javaScript);

        await page.GetByLabel("Password").FillAsync("right-help-demo-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/two-factor", StringComparison.Ordinal));
        await AssertAccessibleAsync(page, javaScript);
    }

    private Task AssertAccessibleAsync(IPage page, bool javaScript)
        => javaScript
            ? Accessibility.AssertNoViolationsAsync(page)
            : Accessibility.AssertNoViolationsWithoutJavaScriptAsync(page, browser.Browser);
}
