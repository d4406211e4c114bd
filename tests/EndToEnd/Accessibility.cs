using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace RightHelp.EndToEnd;

/// <summary>Runs axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules, and fails with a readable list.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
    };

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        var problems = result.Violations
            .SelectMany(violation => violation.Nodes.Select(node => $"{violation.Id} ({violation.Impact}): {violation.Help} at {node.Target} {node.Html}"))
            .ToList();
        Assert.True(problems.Count == 0, $"axe found {problems.Count} problem(s) on {page.Url}:\n" + string.Join("\n", problems));
        Assert.NotEmpty(result.Passes);
    }

    /// <summary>
    /// Checks the page exactly as a visitor without JavaScript got it. axe is itself JavaScript
    /// and never finishes in a context with JavaScript off, so the DOM that context rendered is
    /// served again, at the same address (so styles load and contrast is measured), to a page
    /// whose own scripts are blocked, and axe runs there.
    /// </summary>
    public static async Task AssertNoViolationsWithoutJavaScriptAsync(IPage pageWithoutJavaScript, IBrowser browser)
    {
        var html = await pageWithoutJavaScript.ContentAsync();
        var url = pageWithoutJavaScript.Url;
        var context = await browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions { Body = html, ContentType = "text/html; charset=utf-8" }));
            await page.RouteAsync("**/*.{js,mjs}", route => route.AbortAsync());
            await page.GotoAsync(url);
            Assert.DoesNotContain("js-enabled", await page.Locator("body").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            await AssertNoViolationsAsync(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
