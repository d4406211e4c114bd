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
/// Issue 9, "Faults": Identity, Portal and Api are each killed with SIGKILL while a steady load runs
/// against all three (Api reads and acknowledged writes, a signed-in Portal page with the cookie from
/// before, a public Portal page, Identity's keys, a token issued before at the Api), and started again
/// on the same port. Nothing a person already had may be lost: the Portal sign-in cookie, the Identity
/// session, Identity's signing keys (so tokens already issued still validate at the Api), the accounts,
/// and every write the Api acknowledged. Outside each outage every request succeeds; inside it, failures
/// come quickly (no hang), and the time from restart to the first good answer is measured.
/// </summary>
public sealed class KillIdentityAndPortalTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Email = "parent@example.test";
    private const string Password = "right-help-demo-2026";
    private const string RpClient = "rp-test";
    private const string RpSecret = "rp-test-secret";
    private static readonly Uri RpCallback = new("http://127.0.0.1:5999/callback");

    /// <summary>Load on the running stack before, between and after the kills.</summary>
    private static readonly TimeSpan Steady = TimeSpan.FromSeconds(4);

    /// <summary>After a restarted service is ready, how long its clients (pooled connections, caches) may take to catch up.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    /// <summary>What "fail fast" means here: an answer well inside a client's patience, never a hang.</summary>
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A restart under load on a shared two-processor machine can take far longer than a quiet start; the
    /// time it took is printed as the recovery figure.
    /// </summary>
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(150);

    private readonly int identityPort = ApiProcess.FreePort();
    private readonly int apiPort = ApiProcess.FreePort();
    private readonly int portalPort = ApiProcess.FreePort();
    private readonly string state = Directory.CreateTempSubdirectory("righthelp-portal-state-").FullName;
    private readonly Dictionary<string, ServiceProcess> running = new(StringComparer.Ordinal);
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
        foreach (var service in running.Values)
        {
            await service.DisposeAsync();
        }
        await identityDatabase.DisposeAsync();
        await portalDatabase.DisposeAsync();
        Directory.Delete(state, recursive: true);
    }

    [Fact]
    public async Task Killing_Identity_Portal_and_Api_under_load_keeps_sessions_signing_keys_tokens_accounts_and_acknowledged_writes()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var service in Services)
        {
            await StartAsync(service);
        }
        output.WriteLine($"Started Identity, Api and Portal in {clock.Elapsed.TotalSeconds:F1} s");

        using var browser = new CookieBrowser();
        await SignInThroughPortalAsync(browser);
        Assert.Contains("You are signed in as", await PortalAccountPageAsync(browser));
        var token = await AccessTokenAsync(browser);
        Assert.Equal("PARENT_OR_CARER", await RoleAtApiAsync(token));
        var kidsBefore = await KeyIdsAsync();
        var accountsBefore = await AccountsAsync();
        output.WriteLine($"Signed in, token issued, {kidsBefore.Count} signing keys published, {accountsBefore.Count} accounts, after {clock.Elapsed.TotalSeconds:F1} s");

        var run = "kill3-" + Guid.NewGuid().ToString("N")[..8];
        await using var writes = new SteadyLoad(Api, readers: 1, writers: 2, run);
        await writes.WarmUpAsync();
        await using var probes = new ProbeLoad(writes.Clock, Probes(browser.Cookies.GetCookieHeader(Portal), token, kidsBefore));
        writes.Start();
        probes.Start();
        var outages = new List<Outage>();
        foreach (var service in Services)
        {
            await Task.Delay(Steady);
            var killed = writes.Clock.Elapsed;
            await running[service].DisposeAsync();
            running.Remove(service);
            var restarting = writes.Clock.Elapsed;
            await StartAsync(service);
            outages.Add(new Outage(service, killed, restarting, writes.Clock.Elapsed));
            output.WriteLine($"{service} SIGKILLed under load and ready again {(outages[^1].Ready - restarting).TotalSeconds:F1} s after its restart began; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        }
        await Task.Delay(Steady + Grace);
        await probes.StopAsync();
        await writes.StopAsync();

        var outcomes = writes.Outcomes.Select(o => new ProbeOutcome("Api", o.IsWrite ? "Api write" : "Api read", o.Started, o.Elapsed, o.Status, o.Problem))
            .Concat(probes.Outcomes).OrderBy(o => o.Started).ToList();
        output.WriteLine($"Load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        output.WriteLine($"Requests under load: {outcomes.Count} ({string.Join(", ", outcomes.GroupBy(o => o.Target).Select(g => $"{g.Key} {g.Count()}"))}), failed: {outcomes.Count(o => !o.Succeeded)}");
        foreach (var outage in outages)
        {
            var during = outcomes.Where(o => outage.Covers(o.Started, o.Finished, Grace)).ToList();
            var firstGood = outcomes.Where(o => o.Service == outage.Service && o.Started >= outage.Restarting && o.Succeeded).MinBy(o => o.Finished);
            output.WriteLine($"{outage.Service} SIGKILLed at {outage.Killed.TotalSeconds:F2} s; restart to ready {(outage.Ready - outage.Restarting).TotalMilliseconds:F0} ms; "
                + $"restart to first good answer {(firstGood is null ? "none" : $"{(firstGood.Finished - outage.Restarting).TotalMilliseconds:F0} ms")}; "
                + $"kill to first good answer {(firstGood is null ? "none" : $"{(firstGood.Finished - outage.Killed).TotalMilliseconds:F0} ms")}");
            output.WriteLine($"  answers during the outage: {string.Join("; ", during.GroupBy(o => o.Target).Select(g => $"{g.Key}: {string.Join(", ", g.GroupBy(o => o.Succeeded ? "ok" : o.StatusName).Select(s => $"{s.Key} x{s.Count()}"))}"))}");
            var failed = during.Where(o => !o.Succeeded).ToList();
            if (failed.Count > 0)
            {
                output.WriteLine($"  failed requests' latency: max {failed.Max(o => o.Elapsed.TotalMilliseconds):F0} ms; first: {failed[0].Target} {failed[0].Problem?[..Math.Min(200, failed[0].Problem!.Length)]}");
            }
            Assert.NotNull(firstGood);
        }

        var outside = outcomes.Where(o => !outages.Any(w => w.Covers(o.Started, o.Finished, Grace))).ToList();
        Assert.NotEmpty(outside);
        Assert.All(outside, o => Assert.True(o.Succeeded, $"{o.Target} at {o.Started.TotalSeconds:F2} s, outside any outage: {o.Problem}\n{Output()}"));
        // A failure must come quickly (a hang would end in the client's timeout and fail here): while a service
        // is gone its clients are refused at once. Only a request the restarting process accepted while still
        // starting may wait for it, however long starting takes on a busy machine; those are counted.
        var startingUp = outcomes.Where(o => !o.Succeeded && o.Elapsed >= FailFast && outages.Any(w => o.Started >= w.Restarting && o.Started < w.Ready)).ToList();
        output.WriteLine($"Failures slower than {FailFast.TotalSeconds:F0} s, all sent to a process still starting: {startingUp.Count}");
        Assert.All(outcomes.Where(o => !o.Succeeded).Except(startingUp), o => Assert.True(o.Elapsed < FailFast, $"{o.Target} at {o.Started.TotalSeconds:F2} s failed after {o.Elapsed.TotalMilliseconds:F0} ms: {o.Problem}"));
        // Each probe failed only while a service it depends on was down: Identity's keys never while only the
        // Portal or the Api was, the Api's token check never while only Identity was (it keeps the keys it fetched).
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains(outages.Where(w => w.Covers(o.Started, o.Finished, Grace)), w => DependsOn(o.Target, w.Service)));
        var (acknowledged, retried, lost) = await FeedbackRows.AssertNoAcknowledgedWriteLostAsync(writes, writes.Outcomes, portalDatabase.ConnectionString, run);
        output.WriteLine($"Api writes acknowledged under load: {acknowledged}; refused or unanswered and retried: {retried}; acknowledged writes lost: {lost}");

        var kidsAfter = await KeyIdsAsync();
        output.WriteLine($"Signing key ids before: {string.Join(", ", kidsBefore)}; after: {string.Join(", ", kidsAfter)}");
        Assert.Equal(kidsBefore, kidsAfter);

        var account = await PortalAccountPageAsync(browser);
        output.WriteLine($"Portal cookie from before the kills: {(account.Contains("You are signed in as") ? "still signed in" : "signed out")}");
        Assert.Contains("You are signed in as", account);

        var role = await RoleAtApiAsync(token);
        output.WriteLine($"Access token issued before the kills, at the restarted Api: {role ?? "refused"}");
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

    private static readonly string[] Services = ["Portal", "Api", "Identity"];

    /// <summary>
    /// Which services a probe needs: the Portal's pages ask the Api, and its signed-in page asks Identity too
    /// once the session's access token is due for refreshing (a slow run outlives it); everything else asks
    /// only its own service.
    /// </summary>
    private static bool DependsOn(string target, string service) => target.StartsWith(service, StringComparison.Ordinal)
        || (target.StartsWith("Portal", StringComparison.Ordinal) && service == "Api")
        || (target == "Portal signed-in page" && service == "Identity");

    /// <summary>
    /// The clients besides the Api's readers and writers: a parent's signed-in Portal page with the cookie
    /// from before the kills, a public Portal page, Identity's published keys (which must never change),
    /// and the access token from before the kills at the Api.
    /// </summary>
    private List<Probe> Probes(string portalCookie, string token, List<string> kids) =>
    [
        new("Portal", "Portal signed-in page", async http =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Portal, "/account"));
            request.Headers.Add("Cookie", portalCookie);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, response.StatusCode == HttpStatusCode.OK && body.Contains("You are signed in as", StringComparison.Ordinal)
                ? null
                : $"{(int)response.StatusCode} {response.Headers.Location}");
        }),
        new("Portal", "Portal public page", async http =>
        {
            using var response = await http.GetAsync(new Uri(Portal, "/localities"));
            return ((int)response.StatusCode, response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode}");
        }),
        new("Identity", "Identity keys", async http =>
        {
            using var response = await http.GetAsync(new Uri(Identity, "/.well-known/jwks.json"));
            if (!response.IsSuccessStatusCode)
            {
                return ((int)response.StatusCode, $"{(int)response.StatusCode}");
            }
            var jwks = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            List<string> now = [.. jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).Order(StringComparer.Ordinal)];
            return (200, now.SequenceEqual(kids) ? null : "signing keys changed: " + string.Join(", ", now));
        }),
        new("Api", "Api token from before", async http =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Api, "/graphql")) { Content = JsonContent.Create(new { query = "{ me { role } }" }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, response.IsSuccessStatusCode && body.Contains("PARENT_OR_CARER", StringComparison.Ordinal) ? null : $"{(int)response.StatusCode}: {body}");
        }),
    ];

    private Dictionary<string, string> IdentityEnvironment => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["ConnectionStrings__Identity"] = identityDatabase.ConnectionString,
    };

    private async Task StartAsync(string service)
    {
        var services = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Services__Identity"] = Identity.ToString().TrimEnd('/'),
            ["Services__Api"] = Api.ToString().TrimEnd('/'),
            ["Services__Portal"] = Portal.ToString().TrimEnd('/'),
        };
        // The load comes from one address; the limits would rightly refuse it. They have their own tests.
        foreach (var limit in new[] { "GraphQLPerUser", "GraphQLPerAddress", "PublicMutation", "SignIn", "OneTimeCode", "Invitation", "Feedback" })
        {
            services[$"RateLimits__{limit}__PermitLimit"] = "1000000";
        }
        running[service] = service switch
        {
            "Identity" => await ServiceProcess.StartAsync(AppLocation.Identity, identityPort, new Dictionary<string, string>(IdentityEnvironment.Concat(services.Where(s => s.Key.StartsWith("RateLimits", StringComparison.Ordinal)))), ReadyWithin),
            "Api" => await ServiceProcess.StartAsync(AppLocation.Api, apiPort, new Dictionary<string, string>(services)
            {
                ["ConnectionStrings__Portal"] = portalDatabase.ConnectionString,
            }, ReadyWithin),
            _ => await ServiceProcess.StartAsync(AppLocation.Portal, portalPort, new Dictionary<string, string>(services)
            {
                ["Identity__ClientSecret"] = "portal-dev-secret",
                ["DataProtection__KeysPath"] = Path.Combine(state, "keys"),
                ["Sessions__Path"] = Path.Combine(state, "sessions"),
            }, ReadyWithin),
        };
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

    private string Output() => string.Join("\n", running.Values.Select(s => $"--- {s.Name}\n{s.Output}"));
}
