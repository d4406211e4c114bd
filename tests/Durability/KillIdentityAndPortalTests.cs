using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using RightHelp.TestSupport;
using Xunit.Abstractions;

namespace RightHelp.Durability;

/// <summary>
/// Issue 9, "Faults": Identity, Portal and Api are killed with SIGKILL and started again on the
/// same ports. Nothing a person already had may be lost: the Portal sign-in cookie, the Identity
/// session, Identity's signing keys (so tokens already issued still validate at the Api) and the
/// accounts themselves.
/// </summary>
public sealed class KillIdentityAndPortalTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Email = "parent@example.test";
    private const string Password = "right-help-demo-2026";
    private const string RpClient = "rp-test";
    private const string RpSecret = "rp-test-secret";
    private static readonly Uri RpCallback = new("http://127.0.0.1:5999/callback");

    private readonly int identityPort = ApiProcess.FreePort();
    private readonly int apiPort = ApiProcess.FreePort();
    private readonly int portalPort = ApiProcess.FreePort();
    private readonly string state = Directory.CreateTempSubdirectory("righthelp-portal-state-").FullName;
    private readonly List<ServiceProcess> running = [];
    private TestDatabase identityDatabase = null!;
    private TestDatabase portalDatabase = null!;

    private Uri Identity => new($"http://127.0.0.1:{identityPort}");

    private Uri Portal => new($"http://127.0.0.1:{portalPort}");

    private Uri Api => new($"http://127.0.0.1:{apiPort}");

    public async Task InitializeAsync()
    {
        identityDatabase = await TestDatabase.CreateEmptyAsync();
        portalDatabase = await TestDatabase.CreateEmptyAsync();
        // Development: the demo accounts and clients are seeded only there, and it allows plain http on 127.0.0.1.
        await ServiceProcess.RunCommandAsync(AppLocation.Identity, "seed", IdentityEnvironment);
        await ServiceProcess.RunCommandAsync(AppLocation.Api, "seed", new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Portal"] = portalDatabase.ConnectionString,
        });
        await using (var portal = new NpgsqlConnection(portalDatabase.ConnectionString))
        {
            await portal.OpenAsync();
            // The demo links name the provider at its default address; this one runs on a free port.
            await using var relink = new NpgsqlCommand("UPDATE account_links SET issuer = @issuer WHERE issuer = 'http://127.0.0.1:5200'", portal);
            relink.Parameters.AddWithValue("issuer", Identity.ToString().TrimEnd('/'));
            Assert.True(await relink.ExecuteNonQueryAsync() > 0);
        }
        await using var connection = new NpgsqlConnection(identityDatabase.ConnectionString);
        await connection.OpenAsync();
        // The seeded portal client expects port 5000; this Portal runs on a free port.
        await using var register = new NpgsqlCommand(
            "UPDATE clients SET \"RedirectUris\" = array_append(\"RedirectUris\", @uri) WHERE \"ClientId\" = 'portal'", connection);
        register.Parameters.AddWithValue("uri", $"{Portal}signin-oidc");
        Assert.Equal(1, await register.ExecuteNonQueryAsync());
    }

    public async Task DisposeAsync()
    {
        foreach (var service in running)
        {
            await service.DisposeAsync();
        }
        await identityDatabase.DisposeAsync();
        await portalDatabase.DisposeAsync();
        Directory.Delete(state, recursive: true);
    }

    [Fact]
    public async Task Killing_Identity_Portal_and_Api_keeps_sessions_signing_keys_tokens_and_accounts()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await StartAllAsync();
        output.WriteLine($"Started Identity, Api and Portal in {clock.Elapsed.TotalSeconds:F1} s");

        using var browser = new CookieBrowser();
        await SignInThroughPortalAsync(browser);
        Assert.Contains("You are signed in as", await PortalAccountPageAsync(browser));
        var token = await AccessTokenAsync(browser);
        Assert.Equal("PARENT_OR_CARER", await RoleAtApiAsync(token));
        var kidsBefore = await KeyIdsAsync();
        var accountsBefore = await AccountsAsync();
        output.WriteLine($"Signed in, token issued, {kidsBefore.Count} signing keys published, {accountsBefore.Count} accounts, after {clock.Elapsed.TotalSeconds:F1} s");

        var killed = clock.Elapsed;
        foreach (var service in running)
        {
            await service.KillAsync();
        }
        running.Clear();
        await StartAllAsync();
        output.WriteLine($"Killed (SIGKILL) and restarted all three in {(clock.Elapsed - killed).TotalSeconds:F1} s");

        var kidsAfter = await KeyIdsAsync();
        output.WriteLine($"Signing key ids before: {string.Join(", ", kidsBefore)}; after: {string.Join(", ", kidsAfter)}");
        Assert.Equal(kidsBefore, kidsAfter);

        var account = await PortalAccountPageAsync(browser);
        output.WriteLine($"Portal cookie from before the kill: {(account.Contains("You are signed in as") ? "still signed in" : "signed out")}");
        Assert.Contains("You are signed in as", account);

        var role = await RoleAtApiAsync(token);
        output.WriteLine($"Access token issued before the kill, at the restarted Api: {role ?? "refused"}");
        Assert.Equal("PARENT_OR_CARER", role);

        // The Identity session cookie still signs the person in: a new authorization needs no password.
        var again = await AccessTokenAsync(browser);
        Assert.Equal("PARENT_OR_CARER", await RoleAtApiAsync(again));

        var accountsAfter = await AccountsAsync();
        output.WriteLine($"Accounts before: {accountsBefore.Count}, after: {accountsAfter.Count}, unchanged: {accountsBefore.SequenceEqual(accountsAfter)}");
        Assert.Equal(accountsBefore, accountsAfter);

        using var newcomer = new CookieBrowser();
        await SignInThroughPortalAsync(newcomer);
        Assert.Contains("You are signed in as", await PortalAccountPageAsync(newcomer));
        output.WriteLine($"Done in {clock.Elapsed.TotalSeconds:F1} s; load average: {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    private Dictionary<string, string> IdentityEnvironment => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["ConnectionStrings__Identity"] = identityDatabase.ConnectionString,
    };

    private async Task StartAllAsync()
    {
        running.Add(await ServiceProcess.StartAsync(AppLocation.Identity, identityPort, IdentityEnvironment));
        var services = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Services__Identity"] = Identity.ToString().TrimEnd('/'),
            ["Services__Api"] = Api.ToString().TrimEnd('/'),
            ["Services__Portal"] = Portal.ToString().TrimEnd('/'),
        };
        running.Add(await ServiceProcess.StartAsync(AppLocation.Api, apiPort, new Dictionary<string, string>(services)
        {
            ["ConnectionStrings__Portal"] = portalDatabase.ConnectionString,
        }));
        running.Add(await ServiceProcess.StartAsync(AppLocation.Portal, portalPort, new Dictionary<string, string>(services)
        {
            ["Identity__ClientSecret"] = "portal-dev-secret",
            ["DataProtection__KeysPath"] = Path.Combine(state, "keys"),
            ["Sessions__Path"] = Path.Combine(state, "sessions"),
        }));
    }

    /// <summary>The Portal's sign-in: to Identity's page, the password form, and back with the code.</summary>
    private async Task SignInThroughPortalAsync(CookieBrowser browser)
    {
        var (page, url) = await browser.GoAsync(new Uri(Portal, "/sign-in?returnUrl=/account"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(Identity.Authority, url.Authority);
        var html = await page.Content.ReadAsStringAsync();
        var (signedIn, landed) = await browser.SubmitAsync(url, html, new Dictionary<string, string> { ["Email"] = Email, ["Password"] = Password });
        Assert.True(signedIn.StatusCode == HttpStatusCode.OK && landed.AbsolutePath == "/account",
            $"Sign-in ended at {landed} with {(int)signedIn.StatusCode}:\n{await signedIn.Content.ReadAsStringAsync()}\n{Output()}");
    }

    private async Task<string> PortalAccountPageAsync(CookieBrowser browser)
    {
        var (page, url) = await browser.GoAsync(new Uri(Portal, "/account"), next => next.Authority != Portal.Authority);
        return url.Authority == Portal.Authority && page.StatusCode == HttpStatusCode.OK
            ? await page.Content.ReadAsStringAsync()
            : $"Sent to {url} ({(int)page.StatusCode})";
    }

    /// <summary>The code flow with PKCE for the test client, riding on the browser's Identity session.</summary>
    private async Task<string> AccessTokenAsync(CookieBrowser browser)
    {
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var authorize = new Uri(Identity, "/connect/authorize?response_type=code&client_id=" + RpClient
            + "&redirect_uri=" + Uri.EscapeDataString(RpCallback.ToString()) + "&scope=" + Uri.EscapeDataString("openid api")
            + "&state=s&nonce=n&code_challenge=" + challenge + "&code_challenge_method=S256");
        var (response, url) = await browser.GoAsync(authorize, next => next.Authority == RpCallback.Authority);
        Assert.True(url.Authority == RpCallback.Authority, $"Authorization did not return to the client but ended at {url} ({(int)response.StatusCode})");
        var code = System.Web.HttpUtility.ParseQueryString(url.Query)["code"]!;

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Identity, "/connect/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = RpCallback.ToString(),
                ["code_verifier"] = verifier,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{RpClient}:{RpSecret}")));
        using var answer = await http.SendAsync(request);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>The role the Api sees for the token, or null when it treats the caller as nobody.</summary>
    private async Task<string?> RoleAtApiAsync(string token)
    {
        using var http = new HttpClient { BaseAddress = Api };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ me { role } }" });
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return null;
        }
        var body = await response.Content.ReadAsStringAsync();
        var me = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("me");
        return me.ValueKind == JsonValueKind.Object ? me.GetProperty("role").GetString() : null;
    }

    private async Task<List<string>> KeyIdsAsync()
    {
        using var http = new HttpClient();
        var jwks = await http.GetFromJsonAsync<JsonElement>(new Uri(Identity, "/.well-known/jwks.json"));
        return [.. jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every account with what signing in depends on.</summary>
    private async Task<List<string>> AccountsAsync()
    {
        await using var connection = new NpgsqlConnection(identityDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"Id\"::text || ' ' || coalesce(\"Email\", '') || ' ' || coalesce(\"PasswordHash\", '') || ' ' || coalesce(\"SecurityStamp\", '') FROM \"AspNetUsers\" ORDER BY \"Id\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }

    private string Output() => string.Join("\n", running.Select(s => $"--- {s.Name}\n{s.Output}"));
}
