using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RightHelp.Identity.Data;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Accounts;

public sealed class PasswordSignInTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private readonly Oidc oidc = new(fixture);

    [Fact]
    public async Task A_wrong_password_shows_an_error_summary_linking_to_the_field()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = "parent@example.test", ["Password"] = "not-the-password" });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: Sign in - Right Help</title>", page, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Email\">The email address or password is not right</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_fields_each_get_their_own_error()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#Email\">Enter your email address</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Password\">Enter your password</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_with_a_clear_message_even_for_the_right_password()
    {
        var account = await fixture.CreateAccountAsync("parent");
        using var browser = fixture.NewBrowser();
        for (var i = 0; i < 5; i++)
        {
            await browser.SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = account.Email!, ["Password"] = "wrong-password-" + i });
        }

        var response = await browser.SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = account.Email!, ["Password"] = "a-long-test-password" });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your account is locked because the password was wrong too many times. Try again in 15 minutes.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commonly_used_password_is_refused_but_a_long_plain_one_needs_no_symbols()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();

        var common = await users.CreateAsync(new Account { UserName = "c1@example.test", Email = "c1@example.test", DisplayName = "C" }, "password123");
        var plain = await users.CreateAsync(new Account { UserName = "c2@example.test", Email = "c2@example.test", DisplayName = "C" }, "correct horse battery");

        Assert.Contains(common.Errors, e => e.Code == "CommonPassword");
        Assert.True(plain.Succeeded);
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_not_followed_after_sign_in()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.SubmitAsync("account/sign-in?returnUrl=https%3A%2F%2Fevil.example.test%2F",
            new Dictionary<string, string> { ["Email"] = "parent@example.test", ["Password"] = Oidc.DemoPassword });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_sign_in_page_works_without_javascript_and_loads_nothing_from_other_sites()
    {
        using var browser = fixture.NewBrowser();

        var page = await browser.GetPageAsync("account/sign-in");

        // One script of our own, for passkeys only; the password form needs none.
        var scripts = System.Text.RegularExpressions.Regex.Matches(page, "<script[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        Assert.Equal(["<script src=\"/js/passkeys.js\" defer>"], scripts.Select(m => m.Value));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("js/passkeys.js")).StatusCode);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/govuk/govuk-frontend.min.css\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("govuk/govuk-frontend.min.css")).StatusCode);
    }
}
