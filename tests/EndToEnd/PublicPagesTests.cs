using Microsoft.Playwright;

namespace RightHelp.EndToEnd;

/// <summary>The public pages in a real browser over real HTTP, with JavaScript on and off.</summary>
[Collection(EndToEndCollection.Name)]
public class PublicPagesTests(BrowserFixture browser, PortalApp portal)
{
    public static TheoryData<string, string, bool> Pages()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var javaScript in new[] { true, false })
        {
            data.Add("/", "Right Help", javaScript);
            data.Add("/accessibility", "Accessibility statement for Right Help", javaScript);
            data.Add("/privacy", "Privacy notice for Right Help", javaScript);
            data.Add("/glossary", "Help with words", javaScript);
            data.Add("/glossary/contact", "Contact", javaScript);
            data.Add("/right-help-right-time", "Levels of help", javaScript);
            data.Add("/right-help-right-time/child-protection-and-urgent-help", "Child protection and urgent help", javaScript);
            data.Add("/parents-and-carers", "Parents and carers", javaScript);
            data.Add("/no-such-page", "Page not found", javaScript);
            data.Add("/signed-out", "You have signed out", javaScript);
            // Where sign-in goes on a Portal not yet given its client secret.
            data.Add("/sign-in-unavailable", "You cannot sign in right now", javaScript);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_2_2_AA_violations(string path, string heading, bool javaScript)
    {
        var page = await browser.NewPageAsync(portal.BaseAddress, javaScript);

        await page.GotoAsync(path);

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(heading);
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
    public async Task Pages_request_nothing_from_other_sites_and_break_no_content_security_rule()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        var requests = new List<string>();
        var problems = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        page.RequestFailed += (_, request) => problems.Add($"{request.Url} failed: {request.Failure}");

        foreach (var path in new[] { "/", "/glossary", "/accessibility" })
        {
            var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
        }

        Assert.Empty(problems);
        Assert.All(requests, url => Assert.StartsWith(portal.BaseAddress.ToString(), url, StringComparison.Ordinal));
        Assert.Contains(requests, url => url.EndsWith("/govuk/govuk-frontend.min.css", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task GOV_UK_Frontend_enhances_the_page_when_JavaScript_runs()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);

        await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("govuk-frontend-supported"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_page_is_styled_by_the_GOV_UK_Design_System()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress, javaScript: false);
        await page.SetViewportSizeAsync(1280, 900);

        await page.GotoAsync("/");

        var width = await page.Locator(".govuk-width-container").First.EvaluateAsync<string>("e => getComputedStyle(e).maxWidth");
        var font = await page.Locator("main .govuk-body-l").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        var banner = await page.Locator(".govuk-phase-banner .govuk-tag").EvaluateAsync<string>("e => getComputedStyle(e).display");
        Assert.Equal("960px", width);
        Assert.Contains("arial", font, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("inline-block", banner);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "righthelp-home.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
