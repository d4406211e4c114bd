using Microsoft.Playwright;
using RightHelp.EndToEnd.Stack;

namespace RightHelp.EndToEnd.Journeys;

/// <summary>
/// Issue 5, "Done when" 4: a parent signs in, reads the plan, opens a term's explanation, gets the
/// meeting's .ics, gives views and asks a question; the practitioner (password and authenticator
/// code) answers it; the parent sees the answer. Every page is checked with axe, and the same
/// journey runs with JavaScript off.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class FamilyJourneyTests(BrowserFixture browser, WholeServiceStack stack) : IClassFixture<WholeServiceStack>
{
    private const string Password = "right-help-demo-2026";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Parent_reads_the_plan_gives_views_and_asks_and_the_practitioner_answers(bool javaScript)
    {
        var question = $"Can the review be after school? ({(javaScript ? "with" : "without")} JavaScript)";
        var answer = $"Yes, I have moved it to 4pm. ({(javaScript ? "with" : "without")} JavaScript)";
        var parent = await browser.NewPageAsync(stack.Portal.Address, javaScript);

        await parent.GotoAsync("/your-family");
        await SignInAsync(parent, "parent@example.test", "/your-family");
        Assert.Equal("Your family", (await parent.Locator("h1").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(parent, javaScript);

        await parent.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Read") }).First.ClickAsync();
        await parent.WaitForURLAsync("**/plans/**");
        await AssertAccessibleAsync(parent, javaScript);
        var term = parent.Locator("a.rh-term__link").First;
        var anchor = (await term.GetAttributeAsync("href"))!;
        await term.ClickAsync();
        Assert.EndsWith(anchor, parent.Url, StringComparison.Ordinal);
        Assert.Equal(1, await parent.Locator($"[id='{anchor.TrimStart('#')}']").CountAsync());
        var explanation = parent.Locator($"[id='{anchor.TrimStart('#')}'] + dd");
        Assert.True(await explanation.IsVisibleAsync());
        Assert.False(string.IsNullOrWhiteSpace(await explanation.InnerTextAsync()));

        await parent.GotoAsync("/your-family");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Find out more and have your say" }).First.ClickAsync();
        await parent.WaitForURLAsync("**/meetings/**");
        await AssertAccessibleAsync(parent, javaScript);
        var calendarUrl = (await parent.GetByRole(AriaRole.Button, new() { Name = "Add to your calendar" }).GetAttributeAsync("href"))!;
        var ics = await parent.Context.APIRequest.GetAsync(calendarUrl);
        Assert.True(ics.Ok, $"{ics.Status} for {calendarUrl}");
        Assert.StartsWith("text/calendar", ics.Headers["content-type"], StringComparison.Ordinal);
        var calendar = await ics.TextAsync();
        Assert.Contains("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Matches(@"DTSTART;TZID=Europe/London:\d{8}T\d{6}", calendar);

        await parent.GetByLabel("What is going well?").FillAsync("Jordan has been to school every day.");
        await parent.GetByLabel("What worries you?").FillAsync("Money for the bus.");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Send my views" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".govuk-notification-banner--success")).ToContainTextAsync("We have your views");
        await AssertAccessibleAsync(parent, javaScript);

        await parent.GotoAsync("/your-team");
        await AssertAccessibleAsync(parent, javaScript);
        await parent.GetByLabel("What do you want to ask?").FillAsync(question);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Send my question" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".govuk-notification-banner--success")).ToContainTextAsync("We have sent your question");

        var worker = await browser.NewPageAsync(stack.Portal.Address, javaScript);
        await worker.GotoAsync("/staff/questions");
        await SignInAsync(worker, "worker@example.test", "/staff/questions", staff: true);
        Assert.Equal("Questions from families", (await worker.Locator("h1").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(worker, javaScript);
        var card = worker.Locator(".govuk-summary-card", new() { HasText = question });
        await card.GetByLabel("Your answer").FillAsync(answer);
        await card.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Assertions.Expect(worker.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your answer is sent");
        Assert.Equal(0, await worker.Locator(".govuk-summary-card", new() { HasText = question }).CountAsync());
        await AssertAccessibleAsync(worker, javaScript);

        await parent.GotoAsync("/your-team");
        await Assertions.Expect(parent.Locator(".govuk-summary-card", new() { HasText = question })).ToContainTextAsync(answer);
        await AssertAccessibleAsync(parent, javaScript);
        await worker.Context.CloseAsync();
        await parent.Context.CloseAsync();
    }

    private async Task SignInAsync(IPage page, string email, string returnPath, bool staff = false)
    {
        Assert.StartsWith(stack.Identity.Address.ToString().TrimEnd('/'), page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        if (staff)
        {
            await page.GetByLabel("Security code").FillAsync(await stack.TotpCodeAsync(email));
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }
        await page.WaitForURLAsync(new Uri(stack.Portal.Address, returnPath).ToString());
    }


    private Task AssertAccessibleAsync(IPage page, bool javaScript)
        => javaScript
            ? Accessibility.AssertNoViolationsAsync(page)
            : Accessibility.AssertNoViolationsWithoutJavaScriptAsync(page, browser.Browser);
}
