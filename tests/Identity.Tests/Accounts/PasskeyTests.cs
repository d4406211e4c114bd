using System.Net;
using RightHelp.Identity.Data;
using RightHelp.Identity.Pages.Account;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Accounts;

/// <summary>
/// The server side of adding a passkey: a registration answer is accepted only for the
/// challenge this browser was given, made on our own origin, with the person verified.
/// </summary>
public sealed class PasskeyTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    [Fact]
    public async Task A_verified_answer_to_our_challenge_on_our_origin_adds_the_passkey()
    {
        var (browser, account) = await SignedInAsync();
        using (browser)
        {
            var options = await OptionsAsync(browser);

            var response = await AddAsync(browser, SoftAuthenticator.Register(options, fixture.App.Address));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(1, await PasskeyCountAsync(account));
        }
    }

    [Fact]
    public async Task An_answer_made_on_another_site_is_refused()
    {
        var (browser, account) = await SignedInAsync();
        using (browser)
        {
            var options = await OptionsAsync(browser);

            var response = await AddAsync(browser, SoftAuthenticator.Register(options, "https://right-help.evil.example.test"));

            await AssertRefusedAsync(response, account);
        }
    }

    [Fact]
    public async Task An_answer_to_another_challenge_is_refused()
    {
        var (browser, account) = await SignedInAsync();
        using (browser)
        {
            var options = await OptionsAsync(browser);

            var response = await AddAsync(browser, SoftAuthenticator.Register(options, fixture.App.Address, challenge: "bm90LXRoZS1jaGFsbGVuZ2UtdGhlLXNlcnZlci1nYXZl"));

            await AssertRefusedAsync(response, account);
        }
    }

    [Fact]
    public async Task An_answer_without_user_verification_is_refused()
    {
        var (browser, account) = await SignedInAsync();
        using (browser)
        {
            var options = await OptionsAsync(browser);

            var response = await AddAsync(browser, SoftAuthenticator.Register(options, fixture.App.Address, userVerified: false));

            await AssertRefusedAsync(response, account);
        }
    }

    [Fact]
    public async Task An_answer_sent_twice_is_refused_the_second_time()
    {
        var (browser, account) = await SignedInAsync();
        using (browser)
        {
            var answer = SoftAuthenticator.Register(await OptionsAsync(browser), fixture.App.Address);
            await AddAsync(browser, answer);

            var again = await AddAsync(browser, answer);

            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains(PasskeysModel.NotAdded, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await PasskeyCountAsync(account));
        }
    }

    [Fact]
    public async Task Signing_in_with_a_passkey_answer_nobody_asked_for_is_refused()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.SubmitAsync("account/sign-in?handler=Passkey", new Dictionary<string, string> { ["CredentialJson"] = "{\"id\":\"AAAA\",\"type\":\"public-key\"}" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SignInModel.PasskeyNotAccepted, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(Browser Browser, Account Account)> SignedInAsync()
    {
        var account = await fixture.CreateAccountAsync("parent");
        var browser = fixture.NewBrowser();
        var signedIn = await browser.SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = account.Email!, ["Password"] = "a-long-test-password" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (browser, account);
    }

    private static async Task<string> OptionsAsync(Browser browser)
    {
        var response = await browser.SubmitAsync("account/passkeys?handler=AddOptions", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> AddAsync(Browser browser, string credentialJson)
        => browser.SubmitAsync("account/passkeys?handler=Add", new Dictionary<string, string> { ["CredentialJson"] = credentialJson });

    private async Task AssertRefusedAsync(HttpResponseMessage response, Account account)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PasskeysModel.NotAdded, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await PasskeyCountAsync(account));
    }

    private Task<long> PasskeyCountAsync(Account account)
        => IdentityDatabase.ScalarAsync<long>(fixture.Database.ConnectionString, "SELECT count(*) FROM \"AspNetUserPasskeys\" WHERE \"UserId\" = @id", ("id", account.Id));
}
