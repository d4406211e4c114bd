using System.Net;
using System.Text.Json;
using RightHelp.Identity.Signing;
using RightHelp.Identity.Tests.Support;
using RightHelp.TestSupport;

namespace RightHelp.Identity.Tests.Provider;

public sealed class SigningKeyTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await IdentityDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Signing_keys_survive_a_restart_and_stay_protected_at_rest()
    {
        string kid;
        await using (var first = IdentityApp.Start(database.ConnectionString))
        {
            kid = await CurrentKidAsync(first);
        }
        await using var second = IdentityApp.Start(database.ConnectionString);

        Assert.Equal(kid, await CurrentKidAsync(second));
        var stored = await IdentityDatabase.ScalarAsync<string>(database.ConnectionString,
            "SELECT \"ProtectedPrivateKey\" FROM signing_keys WHERE \"KeyId\" = @kid", ("kid", kid));
        Assert.StartsWith("CfDJ8", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("MII", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotation_publishes_the_new_key_and_keeps_the_old_one_until_its_tokens_expire()
    {
        await using var app = IdentityApp.Start(database.ConnectionString);
        var before = await CurrentKidAsync(app);

        await app.Service<SigningKeyStore>().RotateNowAsync();
        var kids = await PublishedKidsAsync(app);
        var signing = (await app.Service<SigningKeyStore>().GetSigningCredentialsAsync()).Key.KeyId;

        Assert.Contains(before, kids);
        Assert.Contains(signing, kids);
        Assert.NotEqual(before, signing);
    }

    [Fact]
    public async Task A_key_that_will_soon_retire_gets_a_successor_published_in_advance()
    {
        await using var app = IdentityApp.Start(database.ConnectionString);
        var current = await CurrentKidAsync(app);
        await IdentityDatabase.ExecuteAsync(database.ConnectionString,
            "UPDATE signing_keys SET \"SignUntil\" = now() + interval '2 days', \"PublishUntil\" = now() + interval '3 days' WHERE \"KeyId\" = @kid", ("kid", current));

        await app.Service<SigningKeyStore>().EnsureKeysAsync();
        var successorStarts = await IdentityDatabase.ScalarAsync<DateTime>(database.ConnectionString,
            "SELECT \"SignFrom\" FROM signing_keys WHERE \"KeyId\" <> @kid ORDER BY \"CreatedAt\" DESC LIMIT 1", ("kid", current));

        Assert.True(successorStarts > DateTime.UtcNow.AddDays(1));
        Assert.Equal(current, (await app.Service<SigningKeyStore>().GetSigningCredentialsAsync()).Key.KeyId);
    }

    [Fact]
    public async Task Outside_Development_plain_http_is_refused()
    {
        await using var app = IdentityApp.Start(database.ConnectionString, "Production",
            new Dictionary<string, string> { ["Identity:Issuer"] = "https://identity.example.test", ["Identity:PortalUrl"] = "https://portal.example.test" });
        using var http = new HttpClient { BaseAddress = new Uri(app.Address) };

        var discovery = await http.GetAsync("/.well-known/openid-configuration");
        var health = await http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.BadRequest, discovery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static async Task<string> CurrentKidAsync(IdentityApp app)
        => (await app.Service<SigningKeyStore>().GetSigningCredentialsAsync()).Key.KeyId;

    private static async Task<List<string>> PublishedKidsAsync(IdentityApp app)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.Address) };
        var jwks = JsonDocument.Parse(await http.GetStringAsync("/.well-known/jwks.json")).RootElement;
        return jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).ToList();
    }
}
