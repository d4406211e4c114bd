using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RightHelp.EndToEnd.Stack;
using Xunit.Abstractions;

namespace RightHelp.EndToEnd.Journeys;

/// <summary>
/// Issue 6, "Done when" #1: named feedback from a young person reaches a worker, who reads and
/// answers it; a manager publishes the answer; the public board shows it; and the young person
/// sees it answered. Identity, the Api and the Portal all run for real; axe checks every Portal
/// page on the way, and the whole journey runs again with JavaScript off.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class FeedbackJourneyTests(BrowserFixture browser, WholeServiceStack stack, ITestOutputHelper output) : IClassFixture<WholeServiceStack>
{
    private const string Password = "right-help-demo-2026";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Named_feedback_is_answered_published_and_seen_by_the_young_person(bool javaScript)
    {
        var clock = Stopwatch.StartNew();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var said = $"My worker does not ring me back when she says she will. Note {marker}.";
        var weDid = $"Workers now ring back on the day they promise, or text to say when. Change {marker}.";

        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s: The young person gives feedback with their name");
        // The young person gives feedback with their name.
        var young = await SignInAsync("young.person@example.test", "/feedback", javaScript);
        await CheckAsync(young, javaScript);
        await young.Locator("#explained-clearly-2").CheckAsync();
        await young.Locator("#listened-to-2").CheckAsync();
        await young.Locator("#happy-with-help-3").CheckAsync();
        await young.Locator("#text").FillAsync(said);
        await young.GetByLabel("The people who help").CheckAsync();
        await young.GetByLabel("Yes, give it with my name").CheckAsync();
        await young.GetByRole(AriaRole.Button, new() { Name = "Send my feedback" }).ClickAsync();
        await young.WaitForURLAsync(new Regex("/feedback/thank-you"));
        Assert.Equal("Thank you", (await young.Locator(".govuk-panel__title").InnerTextAsync()).Trim());
        await CheckAsync(young, javaScript);

        await young.GotoAsync("/feedback/yours");
        var card = young.Locator(".govuk-summary-card", new() { HasText = marker });
        Assert.Equal("Received", (await card.Locator(".govuk-tag").InnerTextAsync()).Trim());
        await CheckAsync(young, javaScript);

        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s: Staff pages are not for young people");
        // Staff pages are not for young people: the Portal says so (and the Api refuses anyway).
        var refused = await young.GotoAsync("/staff/feedback");
        Assert.Equal(403, refused!.Status);
        Assert.Equal("You cannot see this page", (await young.Locator("h1").InnerTextAsync()).Trim());

        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s: The worker finds it");
        // The worker finds it, marks it read, and answers it.
        var worker = await SignInAsync("worker@example.test", "/staff/feedback", javaScript, staff: true);
        await CheckAsync(worker, javaScript);
        var row = worker.Locator("tbody tr", new() { HasText = marker });
        await row.Locator("a").ClickAsync();
        await worker.WaitForURLAsync(new Regex("/staff/feedback/[A-Za-z0-9_-]+$"));
        Assert.Contains(marker, await worker.Locator("#feedback-text").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Feedback from Jordan Harlow", (await worker.Locator("h1").InnerTextAsync()).Trim());
        await CheckAsync(worker, javaScript);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Mark as read" }).ClickAsync();
        await worker.WaitForURLAsync(new Regex("done=read"));
        await worker.GetByRole(AriaRole.Link, new() { Name = "All feedback" }).ClickAsync();
        await worker.WaitForURLAsync(new Regex("/staff/feedback$"));
        await worker.Locator("tbody tr", new() { HasText = marker }).Locator("input[type=checkbox]").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Respond to the ones I ticked" }).ClickAsync();
        await worker.WaitForURLAsync(new Regex("/staff/feedback/respond"));
        Assert.Contains(marker, await worker.Locator("#responding-to").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(worker, javaScript);
        await worker.Locator("#text").FillAsync(weDid);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Save response" }).ClickAsync();
        await worker.WaitForURLAsync(new Regex("done=responded"));
        Assert.Contains(marker, await worker.Locator(".govuk-summary-list", new() { HasText = "We did" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await worker.GetByRole(AriaRole.Button, new() { Name = "Publish on You said, we did" }).CountAsync());
        await CheckAsync(worker, javaScript);
        var item = worker.Url;

        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s: The manager sees the dashboard");
        // The manager sees the dashboard and publishes the answer.
        var manager = await SignInAsync("manager@example.test", "/staff/feedback/dashboard", javaScript, staff: true);
        Assert.Equal("Feedback dashboard", (await manager.Locator("h1").InnerTextAsync()).Trim());
        await CheckAsync(manager, javaScript);
        await manager.GotoAsync(new Uri(item).AbsolutePath);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Publish on You said, we did" }).ClickAsync();
        await manager.WaitForURLAsync(new Regex("done=published"));
        Assert.Contains("Published", await manager.Locator(".govuk-summary-list", new() { HasText = "On the public board" }).InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(manager, javaScript);

        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s: Anyone can see it on the public board");
        // Anyone can see it on the public board, filtered by its theme.
        var visitor = await browser.NewPageAsync(stack.Portal.Address, javaScript);
        await visitor.GotoAsync("/you-said-we-did?theme=people-who-help");
        Assert.Equal(1, await visitor.Locator(".govuk-summary-card", new() { HasText = weDid }).CountAsync());
        await CheckAsync(visitor, javaScript);

        output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s: The young person sees it answered");
        // The young person sees it answered.
        await young.GotoAsync("/feedback/yours");
        card = young.Locator(".govuk-summary-card", new() { HasText = marker });
        Assert.Equal("Responded", (await card.Locator(".govuk-tag").InnerTextAsync()).Trim());
        Assert.Contains(weDid, await card.InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(young, javaScript);

        output.WriteLine($"Journey with JavaScript {(javaScript ? "on" : "off")}: {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Signs in at Identity from a Portal page that needs it, with the authenticator step for staff.</summary>
    private async Task<IPage> SignInAsync(string email, string returnTo, bool javaScript, bool staff = false)
    {
        var page = await browser.NewPageAsync(stack.Portal.Address, javaScript);
        await page.GotoAsync("/sign-in?returnUrl=" + Uri.EscapeDataString(returnTo));
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        if (staff)
        {
            await page.GetByLabel("Security code").FillAsync(await stack.TotpCodeAsync(email));
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }
        await page.WaitForURLAsync(new Uri(stack.Portal.Address, returnTo).ToString());
        return page;
    }

    private Task CheckAsync(IPage page, bool javaScript)
        => javaScript
            ? Accessibility.AssertNoViolationsAsync(page)
            : Accessibility.AssertNoViolationsWithoutJavaScriptAsync(page, browser.Browser);
}
