using Microsoft.Playwright;

namespace RightHelp.GraphQL.Tests.AspNetCore;

/// <summary>GraphiQL in a real Chromium under the page's Content-Security-Policy.</summary>
public sealed class IdeBrowserTests
{
    [Fact]
    public async Task Graphiql_runs_a_query_in_a_real_browser_without_csp_violations()
    {
        await using var host = await GraphQLTestHost.StartAsync("Development");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} {response.Request.Method} {response.Url}");
            }
        };
        var externalRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseAddress.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                externalRequests.Add(request.Url);
            }
        };

        await page.GotoAsync(new Uri(host.BaseAddress, "/graphql").ToString());
        var editor = page.Locator(".graphiql-query-editor .CodeMirror");
        await editor.WaitForAsync();
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("{ hello");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("Hello, world!");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Empty(externalRequests);
    }
}
