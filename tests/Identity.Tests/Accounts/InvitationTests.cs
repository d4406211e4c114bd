using System.Net;
using System.Text.RegularExpressions;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Accounts;

public sealed class InvitationTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private readonly Oidc oidc = new(fixture);

    [Fact]
    public async Task A_practitioners_invitation_links_the_new_account_to_that_person_once()
    {
        var personId = Guid.NewGuid();
        var familyId = Guid.NewGuid();
        var code = await CreateInvitationAsync(personId, familyId);
        Assert.Equal(22, code.Length);

        using var parent = fixture.NewBrowser();
        var email = $"{Guid.NewGuid():N}@example.test";
        var redeemed = await parent.SubmitAsync("account/invitation", new Dictionary<string, string>
        {
            ["Code"] = code, ["Name"] = "Alex Example", ["Email"] = email, ["Password"] = "three random words",
        });
        Assert.Contains("Your account is linked", await redeemed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(parent, email));
        var access = Oidc.Read(tokens.AccessToken);
        Assert.Equal(personId.ToString(), access.GetClaim("person_id").Value);
        Assert.Equal(familyId.ToString(), access.GetClaim("family_id").Value);
        Assert.Equal("parent", access.GetClaim("role").Value);

        using var someoneElse = fixture.NewBrowser();
        var again = await someoneElse.SubmitAsync("account/invitation", new Dictionary<string, string>
        {
            ["Code"] = code, ["Name"] = "Someone", ["Email"] = $"{Guid.NewGuid():N}@example.test", ["Password"] = "three other words",
        });
        Assert.Contains("has already been used or has expired", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_invitation_is_refused()
    {
        var code = await CreateInvitationAsync(Guid.NewGuid(), Guid.NewGuid());
        await IdentityDatabase.ExecuteAsync(fixture.Database.ConnectionString,
            "UPDATE invitations SET \"ExpiresAt\" = now() - interval '1 second' WHERE \"CodeHash\" = @hash",
            ("hash", RightHelp.Identity.Provider.OpaqueTokens.Hash(code)));
        using var browser = fixture.NewBrowser();

        var response = await browser.SubmitAsync("account/invitation", new Dictionary<string, string>
        {
            ["Code"] = code, ["Name"] = "Late", ["Email"] = $"{Guid.NewGuid():N}@example.test", ["Password"] = "three random words",
        });

        Assert.Contains("has already been used or has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_practitioner_with_a_second_factor_can_create_invitations()
    {
        using var parent = fixture.NewBrowser();
        await parent.SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = "parent@example.test", ["Password"] = Oidc.DemoPassword });

        var response = await parent.GetAsync("invitations/new");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Invitations_last_fourteen_days_and_are_stored_hashed()
    {
        var code = await CreateInvitationAsync(Guid.NewGuid(), Guid.NewGuid());

        var days = await IdentityDatabase.ScalarAsync<double>(fixture.Database.ConnectionString,
            "SELECT extract(epoch FROM \"ExpiresAt\" - \"CreatedAt\")::float8 / 86400 FROM invitations WHERE \"CodeHash\" = @hash",
            ("hash", RightHelp.Identity.Provider.OpaqueTokens.Hash(code)));

        Assert.Equal(14, days);
    }

    private async Task<string> CreateInvitationAsync(Guid personId, Guid familyId)
    {
        var practitioner = await fixture.CreateAccountAsync("practitioner", twoFactor: true);
        using var browser = fixture.NewBrowser();
        var pending = await browser.SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Email"] = practitioner.Email!, ["Password"] = "a-long-test-password" });
        // A fresh step: earlier tests in this class may have used the current one.
        var signedIn = await browser.SubmitAsync(browser.Location(pending).PathAndQuery, new Dictionary<string, string> { ["Code"] = fixture.TotpCode() });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var created = await browser.SubmitAsync("invitations/new", new Dictionary<string, string>
        {
            ["PersonName"] = "Alex Example", ["PersonId"] = personId.ToString(), ["FamilyId"] = familyId.ToString(), ["Role"] = "parent",
        });
        var match = Regex.Match(await created.Content.ReadAsStringAsync(), "<strong id=\"invitation-code\">([A-Za-z0-9_-]+)</strong>");
        Assert.True(match.Success, "No invitation code on the page.");
        return match.Groups[1].Value;
    }
}
