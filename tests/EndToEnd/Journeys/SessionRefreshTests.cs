using System.Net;
using Microsoft.Playwright;
using Npgsql;
using RightHelp.EndToEnd.Stack;

namespace RightHelp.EndToEnd.Journeys;

/// <summary>
/// A signed-in person whose access token has expired opens several pages at once. The provider
/// ends the whole session if a rotated refresh token is used twice (RFC 9700 reuse detection),
/// so without one shared refresh in the Portal the person would be signed out by their own browser.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SessionRefreshTests(BrowserFixture browser, SignInStack stack) : IClassFixture<SignInStack>
{
    private const string Password = "right-help-demo-2026";

    [Fact]
    public async Task Ten_requests_at_once_after_the_token_expired_refresh_it_once_and_keep_the_person_signed_in()
    {
        // Only the Portal's clock moves: it decides when its access token needs refreshing.
        var clock = new ShiftedClock();
        await using var portal = SignedInPortalHost.Start(stack.Identity.Address, clock: clock);
        await stack.Identity.RegisterPortalAsync(portal.Address);
        var page = await browser.NewPageAsync(portal.Address);

        await page.GotoAsync("/account");
        await page.GetByLabel("Email address").FillAsync("parent@example.test");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(portal.Address, "/account").ToString());
        var grant = await LatestPortalGrantAsync();
        Assert.Equal(1, await RefreshTokensAsync(grant));

        clock.Advance(TimeSpan.FromMinutes(6));

        // Plain HTTP with the browser's cookie, because Chromium opens at most six connections to
        // one host and would queue the rest behind the first. A signed-out request is redirected.
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "right-help");
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = portal.Address,
            Timeout = TimeSpan.FromSeconds(90),
        };
        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/account?tab={i}");
            request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(2, await RefreshTokensAsync(grant));
        Assert.Null(await RevokedAsync(grant));

        // Still signed in, on the refreshed tokens: no further refresh, nothing revoked.
        await page.GotoAsync("/account");
        Assert.Equal(new Uri(portal.Address, "/account").ToString(), page.Url);
        Assert.Equal("Your account", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(2, await RefreshTokensAsync(grant));
        Assert.Null(await RevokedAsync(grant));
    }

    private async Task<Guid> LatestPortalGrantAsync()
        => await ScalarAsync<Guid>("SELECT \"Id\" FROM grants WHERE \"ClientId\" = 'portal' ORDER BY \"CreatedAt\" DESC LIMIT 1", null);

    // Each refresh that Identity answered consumed one refresh token and issued the next.
    private async Task<long> RefreshTokensAsync(Guid grant)
        => await ScalarAsync<long>("SELECT count(*) FROM refresh_tokens WHERE \"GrantId\" = @grant", grant);

    private async Task<string?> RevokedAsync(Guid grant)
        => await ScalarAsync<string?>("SELECT \"RevokedReason\" FROM grants WHERE \"Id\" = @grant", grant);

    private async Task<T> ScalarAsync<T>(string sql, Guid? grant)
    {
        await using var connection = new NpgsqlConnection(stack.IdentityConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (grant is { } id)
        {
            command.Parameters.AddWithValue("grant", id);
        }
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? default! : (T)value!;
    }
}
