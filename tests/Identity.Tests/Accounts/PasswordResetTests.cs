using System.Net;
using System.Text.RegularExpressions;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Accounts;

public sealed class PasswordResetTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    [Fact]
    public async Task A_reset_link_from_the_outbox_sets_a_new_password_once()
    {
        var account = await fixture.CreateAccountAsync("parent");
        using var browser = fixture.NewBrowser();
        var link = await RequestLinkAsync(browser, account.Email!);

        var changed = await browser.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "a brand new passphrase" });
        Assert.Contains("Your password has been changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var oldPassword = await fixture.NewBrowser().SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = account.Email!, ["Password"] = "a-long-test-password" });
        var newPassword = await fixture.NewBrowser().SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = account.Email!, ["Password"] = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);

        var again = await browser.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "yet another passphrase" });
        Assert.Contains("has expired or has already been used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_common_password_is_refused_at_reset()
    {
        var account = await fixture.CreateAccountAsync("parent");
        using var browser = fixture.NewBrowser();
        var link = await RequestLinkAsync(browser, account.Email!);

        var response = await browser.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "qwerty123456" });

        Assert.Contains("too easy to guess", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_an_unknown_address_looks_the_same_and_sends_nothing()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.SubmitAsync("account/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody@example.test" });

        Assert.Contains("Check your email", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await IdentityDatabase.ScalarAsync<long>(fixture.Database.ConnectionString,
            "SELECT count(*) FROM outbox_messages WHERE \"Recipient\" = 'nobody@example.test'"));
    }

    private async Task<string> RequestLinkAsync(Browser browser, string email)
    {
        await browser.SubmitAsync("account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var body = await IdentityDatabase.ScalarAsync<string>(fixture.Database.ConnectionString,
            "SELECT \"Body\" FROM outbox_messages WHERE \"Recipient\" = @email ORDER BY \"CreatedAt\" DESC LIMIT 1", ("email", email));
        var link = Regex.Match(body!, "(http://\\S+/account/reset-password\\S+)").Groups[1].Value;
        Assert.StartsWith(fixture.Issuer, link, StringComparison.Ordinal);
        return link[(fixture.Issuer.Length + 1)..];
    }
}
