using System.Net;
using RightHelp.Identity.Tests.Support;
using RightHelp.TestSupport;

namespace RightHelp.Identity.Tests.RateLimiting;

/// <summary>The real Identity app with small limits, so a few posts reach them.</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private IdentityApp app = null!;

    public async Task InitializeAsync()
    {
        database = await IdentityDatabase.CreateAsync();
        app = IdentityApp.Start(database.ConnectionString, settings: new Dictionary<string, string>
        {
            ["RateLimits:SignIn:PermitLimit"] = "3",
            ["RateLimits:SignIn:WindowSeconds"] = "300",
            ["RateLimits:OneTimeCode:PermitLimit"] = "2",
            ["RateLimits:Invitation:PermitLimit"] = "2",
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Password_guesses_beyond_the_limit_get_429_with_retry_after_and_a_plain_english_page()
    {
        using var browser = new Browser(app.Address);
        var fields = new Dictionary<string, string> { ["Email"] = "nobody@example.test", ["Password"] = "guess" };
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync("account/sign-in", fields)).StatusCode);
        }

        var refused = await browser.SubmitAsync("account/sign-in", fields);
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 295, 300);
        Assert.Contains("<title>You have tried too many times - Right Help</title>", page, StringComparison.Ordinal);
        Assert.Contains("You have tried too many times", page, StringComparison.Ordinal);
        Assert.Contains("Wait 5 minutes and try again.", page, StringComparison.Ordinal);
        Assert.Contains("govuk-heading-l", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Reading_the_sign_in_page_is_never_limited()
    {
        using var browser = new Browser(app.Address);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("account/sign-in")).StatusCode);
        }
    }

    [Theory]
    [InlineData("account/sign-in-with-code", "Email")]
    [InlineData("account/invitation", "Code")]
    public async Task One_time_code_requests_and_invitation_redemptions_are_limited(string url, string field)
    {
        using var browser = new Browser(app.Address);
        var fields = new Dictionary<string, string> { [field] = "x@example.test" };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await browser.SubmitAsync(url, fields)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    [Fact]
    public async Task Entering_one_time_codes_is_limited()
    {
        using var browser = new Browser(app.Address);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await browser.SubmitAsync("account/enter-code?email=y%40example.test", new Dictionary<string, string> { ["Code"] = "000000" })).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }
}
