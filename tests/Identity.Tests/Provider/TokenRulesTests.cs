using System.Net;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Provider;

/// <summary>RFC 9700 and RFC 6749 rules at the token endpoint, each a test that fails if the rule is broken.</summary>
public sealed class TokenRulesTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private readonly Oidc oidc = new(fixture);

    [Fact]
    public async Task A_code_works_once_and_a_replay_revokes_the_tokens_it_issued()
    {
        using var browser = fixture.NewBrowser();
        var code = await oidc.CodeAsync(browser);
        var first = await oidc.ExchangeAsync(code);
        Assert.Equal(HttpStatusCode.OK, first.Status);

        var replay = await oidc.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        Assert.Equal("invalid_grant", replay.Error);
        Assert.Contains("already been used", replay.Get("error_description"), StringComparison.Ordinal);
        Assert.Equal("invalid_grant", (await oidc.RefreshAsync(first.RefreshToken)).Error);
        Assert.Equal(HttpStatusCode.Unauthorized, (await oidc.UserInfoAsync(first.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task An_expired_code_is_refused()
    {
        using var browser = fixture.NewBrowser();
        var code = await oidc.CodeAsync(browser);
        await IdentityDatabase.ExecuteAsync(fixture.Database.ConnectionString,
            "UPDATE authorization_codes SET \"ExpiresAt\" = now() - interval '1 second' WHERE \"CodeHash\" = @hash",
            ("hash", RightHelp.Identity.Provider.OpaqueTokens.Hash(code)));

        var response = await oidc.ExchangeAsync(code);

        Assert.Equal("invalid_grant", response.Error);
        Assert.Contains("expired", response.Get("error_description"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Codes_last_60_seconds()
    {
        using var browser = fixture.NewBrowser();
        var code = await oidc.CodeAsync(browser);

        var seconds = await IdentityDatabase.ScalarAsync<double>(fixture.Database.ConnectionString,
            "SELECT extract(epoch FROM \"ExpiresAt\" - \"CreatedAt\")::float8 FROM authorization_codes WHERE \"CodeHash\" = @hash",
            ("hash", RightHelp.Identity.Provider.OpaqueTokens.Hash(code)));

        Assert.Equal(60, seconds);
    }

    [Fact]
    public async Task A_wrong_code_verifier_is_refused()
    {
        using var browser = fixture.NewBrowser();
        var code = await oidc.CodeAsync(browser);

        var response = await oidc.ExchangeAsync(code, verifier: new Oidc(fixture).Verifier);

        Assert.Equal("invalid_grant", response.Error);
    }

    [Fact]
    public async Task A_missing_code_verifier_is_refused()
    {
        using var browser = fixture.NewBrowser();
        var code = await oidc.CodeAsync(browser);

        var response = await oidc.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Oidc.RpRedirect,
        }, Oidc.RpClient, Oidc.RpSecret);

        Assert.Equal("invalid_grant", response.Error);
    }

    [Fact]
    public async Task The_redirect_uri_at_the_token_endpoint_must_match_the_request()
    {
        using var browser = fixture.NewBrowser();
        var code = await oidc.CodeAsync(browser);

        var response = await oidc.ExchangeAsync(code, redirectUri: "http://127.0.0.1:5999/other");

        Assert.Equal("invalid_grant", response.Error);
    }

    [Fact]
    public async Task A_code_issued_to_one_client_cannot_be_redeemed_by_another()
    {
        using var browser = fixture.NewBrowser();
        var code = await oidc.CodeAsync(browser);

        var stolen = await oidc.ExchangeAsync(code, client: "portal", secret: "portal-dev-secret");
        var rightful = await oidc.ExchangeAsync(code);

        Assert.Equal("invalid_grant", stolen.Error);
        Assert.Equal(HttpStatusCode.OK, rightful.Status);
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_reuse_revokes_the_whole_family()
    {
        using var browser = fixture.NewBrowser();
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(browser));

        var rotated = await oidc.RefreshAsync(tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, rotated.Status);
        Assert.NotEqual(tokens.RefreshToken, rotated.RefreshToken);

        var reused = await oidc.RefreshAsync(tokens.RefreshToken);
        Assert.Equal("invalid_grant", reused.Error);

        var successor = await oidc.RefreshAsync(rotated.RefreshToken);
        Assert.Equal("invalid_grant", successor.Error);
        Assert.Equal(HttpStatusCode.Unauthorized, (await oidc.UserInfoAsync(rotated.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task Two_concurrent_refreshes_with_one_token_cannot_both_succeed()
    {
        using var browser = fixture.NewBrowser();
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(browser));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => oidc.RefreshAsync(tokens.RefreshToken)));

        Assert.True(results.Count(r => r.Status == HttpStatusCode.OK) <= 1);
    }

    [Fact]
    public async Task Refresh_tokens_are_stored_only_as_hashes()
    {
        using var browser = fixture.NewBrowser();
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(browser));

        var stored = await IdentityDatabase.ScalarAsync<long>(fixture.Database.ConnectionString,
            "SELECT count(*) FROM refresh_tokens WHERE \"TokenHash\" = @raw", ("raw", tokens.RefreshToken));
        var hashed = await IdentityDatabase.ScalarAsync<long>(fixture.Database.ConnectionString,
            "SELECT count(*) FROM refresh_tokens WHERE \"TokenHash\" = @hash", ("hash", RightHelp.Identity.Provider.OpaqueTokens.Hash(tokens.RefreshToken)));

        Assert.Equal(0, stored);
        Assert.Equal(1, hashed);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused_with_401()
    {
        var response = await oidc.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, "partner-demo", "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("invalid_client", response.Error);
        Assert.Equal("Basic", response.Response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Client_secret_basic_and_client_secret_post_both_work()
    {
        var basic = await oidc.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, "partner-demo", "partner-demo-secret", basic: true);
        var post = await oidc.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, "partner-demo", "partner-demo-secret", basic: false);

        Assert.Equal(HttpStatusCode.OK, basic.Status);
        Assert.Equal(HttpStatusCode.OK, post.Status);
    }

    [Fact]
    public async Task Client_credentials_give_an_api_token_for_the_client_and_no_refresh_token()
    {
        var response = await oidc.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "directory.write" }, "partner-demo", "partner-demo-secret");

        var access = Oidc.Read(response.AccessToken);
        Assert.Equal("at+jwt", access.Typ);
        Assert.Equal("partner-demo", access.Subject);
        Assert.Equal("directory.write", access.GetClaim("scope").Value);
        Assert.Null(response.Get("refresh_token"));
        Assert.Null(response.Get("id_token"));
    }

    [Fact]
    public async Task The_case_system_demo_client_gets_a_plans_write_token_and_nothing_more()
    {
        var response = await oidc.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, "case-system-demo", "case-system-demo-secret");
        var wider = await oidc.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "plans.write directory.write" }, "case-system-demo", "case-system-demo-secret");

        var access = Oidc.Read(response.AccessToken);
        Assert.Equal("case-system-demo", access.Subject);
        Assert.Equal("case-system-demo", access.GetClaim("client_id").Value);
        Assert.Equal("plans.write", access.GetClaim("scope").Value);
        Assert.False(access.TryGetClaim("role", out _));
        Assert.Equal("invalid_scope", wider.Error);
    }

    [Fact]
    public async Task A_client_cannot_use_a_grant_type_it_is_not_registered_for()
    {
        var response = await oidc.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, Oidc.RpClient, Oidc.RpSecret);

        Assert.Equal("unauthorized_client", response.Error);
    }

    [Fact]
    public async Task The_password_grant_is_not_supported()
    {
        var response = await oidc.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = "parent@example.test", ["password"] = Oidc.DemoPassword,
        }, Oidc.RpClient, Oidc.RpSecret);

        Assert.Equal("unsupported_grant_type", response.Error);
    }

    [Fact]
    public async Task Revoking_a_refresh_token_ends_its_family()
    {
        using var browser = fixture.NewBrowser();
        var tokens = await oidc.ExchangeAsync(await oidc.CodeAsync(browser));
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Issuer) };

        var revoked = await http.PostAsync("/connect/revocation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = tokens.RefreshToken, ["token_type_hint"] = "refresh_token", ["client_id"] = Oidc.RpClient, ["client_secret"] = Oidc.RpSecret,
        }));

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("invalid_grant", (await oidc.RefreshAsync(tokens.RefreshToken)).Error);
        Assert.Equal(HttpStatusCode.Unauthorized, (await oidc.UserInfoAsync(tokens.AccessToken)).StatusCode);
    }
}
