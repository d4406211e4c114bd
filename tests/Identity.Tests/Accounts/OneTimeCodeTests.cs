using System.Net;
using System.Text.RegularExpressions;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Accounts;

/// <summary>Sign-in codes by email: single use, 10 minutes, 5 guesses, only in the browser that asked.</summary>
public sealed partial class OneTimeCodeTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    [Fact]
    public async Task A_code_from_the_outbox_signs_in_once_and_is_refused_the_second_time()
    {
        var account = await fixture.CreateAccountAsync("parent");
        using var browser = fixture.NewBrowser();
        var code = await RequestCodeAsync(browser, account.Email!);

        var first = await EnterAsync(browser, account.Email!, code);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var again = fixture.NewBrowser();
        var code2 = await RequestCodeAsync(again, account.Email!);
        await EnterAsync(again, account.Email!, code2);
        var replay = await EnterAsync(again, account.Email!, code2);
        Assert.Contains("This sign-in code has already been used", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_entered_in_a_different_browser_is_refused_with_a_clear_message()
    {
        var account = await fixture.CreateAccountAsync("parent");
        using var asker = fixture.NewBrowser();
        using var other = fixture.NewBrowser();
        var code = await RequestCodeAsync(asker, account.Email!);

        var response = await EnterAsync(other, account.Email!, code);

        Assert.Contains("Enter the code in the same browser you asked for it from", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_code_is_refused_with_a_clear_message()
    {
        var account = await fixture.CreateAccountAsync("parent");
        using var browser = fixture.NewBrowser();
        var code = await RequestCodeAsync(browser, account.Email!);
        await IdentityDatabase.ExecuteAsync(fixture.Database.ConnectionString,
            "UPDATE one_time_codes SET \"ExpiresAt\" = now() - interval '1 second' WHERE \"AccountId\" = @id", ("id", account.Id));

        var response = await EnterAsync(browser, account.Email!, code);

        Assert.Contains("This sign-in code has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_five_wrong_guesses_even_the_right_code_is_refused()
    {
        var account = await fixture.CreateAccountAsync("parent");
        using var browser = fixture.NewBrowser();
        var code = await RequestCodeAsync(browser, account.Email!);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            await EnterAsync(browser, account.Email!, wrong);
        }

        var response = await EnterAsync(browser, account.Email!, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You have entered a wrong code too many times", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Codes_are_six_digits_stored_hashed_and_last_ten_minutes()
    {
        var account = await fixture.CreateAccountAsync("parent");
        using var browser = fixture.NewBrowser();
        var code = await RequestCodeAsync(browser, account.Email!);

        var stored = await IdentityDatabase.ScalarAsync<string>(fixture.Database.ConnectionString,
            "SELECT \"CodeHash\" FROM one_time_codes WHERE \"AccountId\" = @id", ("id", account.Id));
        var minutes = await IdentityDatabase.ScalarAsync<double>(fixture.Database.ConnectionString,
            "SELECT extract(epoch FROM \"ExpiresAt\" - \"CreatedAt\")::float8 / 60 FROM one_time_codes WHERE \"AccountId\" = @id", ("id", account.Id));

        Assert.Matches("^[0-9]{6}$", code);
        Assert.DoesNotContain(code, stored, StringComparison.Ordinal);
        Assert.Equal(10, minutes);
    }

    [Fact]
    public async Task Staff_cannot_sign_in_with_an_emailed_code_alone()
    {
        using var browser = fixture.NewBrowser();
        await browser.SubmitAsync("account/sign-in-with-code", new Dictionary<string, string> { ["Email"] = "worker@example.test", ["Channel"] = "email" });

        var sent = await IdentityDatabase.ScalarAsync<long>(fixture.Database.ConnectionString,
            "SELECT count(*) FROM outbox_messages WHERE \"Recipient\" = 'worker@example.test'");

        Assert.Equal(0, sent);
    }

    private async Task<string> RequestCodeAsync(Browser browser, string email)
    {
        var response = await browser.SubmitAsync("account/sign-in-with-code", new Dictionary<string, string> { ["Email"] = email, ["Channel"] = "email" });
        Assert.Equal("/account/enter-code", browser.Location(response).AbsolutePath);
        var page = await browser.GetPageAsync("development/outbox");
        // The outbox lists newest first, so the first message for this address is the latest code.
        var row = Regex.Match(page, "email: " + Regex.Escape(email) + "</td>\\s*<td[^>]*>Your Right Help sign-in code is (\\d{6})");
        Assert.True(row.Success, "The code did not appear in the outbox.");
        return row.Groups[1].Value;
    }

    private static Task<HttpResponseMessage> EnterAsync(Browser browser, string email, string code)
        => browser.SubmitAsync("account/enter-code?email=" + Uri.EscapeDataString(email), new Dictionary<string, string> { ["Code"] = code });
}
