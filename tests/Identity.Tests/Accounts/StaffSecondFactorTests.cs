using System.Net;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Accounts;

/// <summary>Staff see many families' data, so a password alone must never be enough.</summary>
public sealed class StaffSecondFactorTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private readonly Oidc oidc = new(fixture);

    [Fact]
    public async Task A_staff_password_leads_to_the_authenticator_step_not_to_a_session()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = "manager@example.test", ["Password"] = Oidc.DemoPassword });

        Assert.Equal("/account/two-factor", browser.Location(response).AbsolutePath);
        var authorize = await browser.GetAsync(oidc.AuthorizeUrl());
        Assert.Equal("/account/sign-in", browser.Location(authorize).AbsolutePath);
    }

    [Fact]
    public async Task Staff_tokens_say_the_person_used_two_factors()
    {
        using var browser = fixture.NewBrowser();
        var callback = await oidc.SignInAndAuthorizeAsync(browser, "worker@example.test", staff: true);
        string code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callback.Query)["code"]!;

        var access = Oidc.Read((await oidc.ExchangeAsync(code)).AccessToken);

        Assert.Equal(["mfa", "otp", "pwd"], access.GetPayloadValue<string[]>("amr").Order());
        Assert.Equal("urn:right-help:acr:multi-factor", access.GetClaim("acr").Value);
        Assert.Equal("practitioner", access.GetClaim("role").Value);
        Assert.Equal("0193a5c0-7a10-7c01-8a11-000000000004", access.Subject);
    }

    [Fact]
    public async Task A_totp_code_is_accepted_only_once()
    {
        var account = await fixture.CreateAccountAsync("editor", twoFactor: true);
        var code = fixture.TotpCode();
        using var first = fixture.NewBrowser();
        using var second = fixture.NewBrowser();
        var pending1 = await first.SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = account.Email!, ["Password"] = "a-long-test-password" });
        var pending2 = await second.SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = account.Email!, ["Password"] = "a-long-test-password" });

        var accepted = await first.SubmitAsync(first.Location(pending1).PathAndQuery, new Dictionary<string, string> { ["Code"] = code });
        var replayed = await second.SubmitAsync(second.Location(pending2).PathAndQuery, new Dictionary<string, string> { ["Code"] = code });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("it has already been used", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_authenticator_step_cannot_be_reached_without_the_password()
    {
        using var browser = fixture.NewBrowser();

        var response = await browser.GetAsync("account/two-factor");

        Assert.Equal("/account/sign-in", browser.Location(response).AbsolutePath);
    }
}
