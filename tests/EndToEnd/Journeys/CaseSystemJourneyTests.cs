extern alias api;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Npgsql;
using RightHelp.EndToEnd.Stack;

namespace RightHelp.EndToEnd.Journeys;

/// <summary>
/// Issue 5, "Where plans come from": the council's case system signs in at the real Identity
/// with the demo client's credentials and sends a new version of family A's plan to the real Api;
/// sending it again changes nothing, and the parent, who had read the plan, sees in the browser
/// what changed. The demo family is handed to the demo client's references first, as a council
/// would when it connects its case system.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class CaseSystemJourneyTests(BrowserFixture browser, WholeServiceStack stack) : IClassFixture<WholeServiceStack>
{
    private const string Password = "right-help-demo-2026";
    private const string Client = "case-system-demo";

    private const string UpsertPlan = """
        mutation($input: UpsertPlanInput!) { upsertPlan(input: $input) { plan { id version newVersion } errors { message } } }
        """;

    [Fact]
    public async Task The_case_system_sends_a_new_plan_version_and_the_parent_sees_what_changed()
    {
        await HandDemoFamilyToTheCaseSystemAsync();
        var parent = await browser.NewPageAsync(stack.Portal.Address, javaScript: false);
        await parent.GotoAsync("/your-family");
        Assert.StartsWith(stack.Identity.Address.ToString().TrimEnd('/'), parent.Url, StringComparison.Ordinal);
        await parent.GetByLabel("Email address").FillAsync("parent@example.test");
        await parent.GetByLabel("Password").FillAsync(Password);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            // Signing in is a few redirects and a password hash: slow on a busy machine, so the wait is long and says where it stopped.
            await parent.WaitForURLAsync(new Uri(stack.Portal.Address, "/your-family").ToString(), new() { Timeout = 180_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Sign-in stopped at {parent.Url}: {await parent.Locator("body").InnerTextAsync()}");
        }
        var planPage = "/plans/" + api::RightHelp.Api.GraphQL.GlobalId.Encode("Plan", api::RightHelp.Api.Data.Seeding.DemoFamiliesNorth.HarlowPlan);
        await parent.GotoAsync(planPage);
        await Assertions.Expect(parent.Locator("h1")).ToContainTextAsync("Jordan's plan");

        var token = await CaseSystemTokenAsync();
        var first = await SendPlanAsync(token);
        var again = await SendPlanAsync(token);

        Assert.True(first.GetProperty("newVersion").GetBoolean(), first.ToString());
        Assert.False(again.GetProperty("newVersion").GetBoolean(), again.ToString());
        Assert.Equal(first.GetProperty("version").GetInt32(), again.GetProperty("version").GetInt32());
        await parent.GotoAsync(planPage);
        var changed = parent.Locator("h2:has-text('What has changed since you last looked') ~ ul").First;
        await Assertions.Expect(changed).ToContainTextAsync("What we are worried about");
        await Assertions.Expect(parent.Locator("main")).ToContainTextAsync("Jordan has been home by 9pm every night this month.");
        await Assertions.Expect(parent.Locator("table", new() { HasText = "New things to do" })).ToContainTextAsync("Meet the youth worker at the hub");
        await Accessibility.AssertNoViolationsWithoutJavaScriptAsync(parent, browser.Browser);
        await parent.Context.CloseAsync();
    }

    private async Task HandDemoFamilyToTheCaseSystemAsync()
    {
        await using var connection = new NpgsqlConnection(stack.ApiConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            UPDATE families SET external_source = @client WHERE external_reference = 'FAM-harlow';
            UPDATE people SET external_source = @client WHERE external_reference LIKE 'PER-harlow-%';
            UPDATE plans SET external_source = @client WHERE external_reference = 'PLAN-harlow-cin';
            """, connection);
        command.Parameters.AddWithValue("client", Client);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<string> CaseSystemTokenAsync()
    {
        using var http = new HttpClient { BaseAddress = stack.Identity.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "plans.write" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Client}:case-system-demo-secret")));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<JsonElement> SendPlanAsync(string token)
    {
        using var http = new HttpClient { BaseAddress = stack.Api.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = UpsertPlan, variables = new { input = Plan() } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var payload = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("upsertPlan");
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, body);
        return payload.GetProperty("plan").Clone();
    }

    private static object Plan() => new
    {
        reference = "PLAN-harlow-cin",
        familyReference = "FAM-harlow",
        kind = "child in need",
        subjectReferences = new[] { "PER-harlow-jordan" },
        version = new
        {
            changeNote = "Updated after the review meeting",
            sections = new[]
            {
                new { heading = "What we are worried about", markdown = "Jordan has been home by 9pm every night this month. We still worry about the older boys at the park.", audience = "everyone" },
                new { heading = "What is working well", markdown = "Kelly and Jordan talk every evening about how the day went.", audience = "everyone" },
                new { heading = "What needs to happen", markdown = "Jordan meets the youth worker each week.", audience = "everyone" },
            },
            actions = new[]
            {
                new { who = "Jordan", what = "Meet the youth worker at the hub", byWhen = "2031-03-31", status = "not started", audience = "everyone" },
            },
        },
    };
}
