using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RightHelp.Identity.Data;
using RightHelp.Identity.Tests.Support;
using RightHelp.TestSupport;

namespace RightHelp.Identity.Tests.Security;

/// <summary>
/// Every Identity endpoint that accepts a POST, read from its endpoint data source so a new page
/// cannot escape, refuses a signed-in person's post without a valid antiforgery token (none, or
/// one issued to somebody else, as a forging site would send) with 400, and the database is
/// exactly as it was.
/// </summary>
public sealed partial class IdentityAntiforgeryTests : IAsyncLifetime
{
    private const string Password = "a-long-test-password";

    /// <summary>Endpoints that accept POST without a token, each with the reason.</summary>
    private static readonly Dictionary<string, string> Exemptions = new(StringComparer.Ordinal)
    {
        ["/connect/authorize"] = "OpenID Connect lets a relying party send the authorization request as a form post; it issues a code only to the client's registered redirect URI, bound by PKCE and state",
        ["/connect/token"] = "called server to server and authenticated by the client's credentials (and the code's PKCE verifier), never by a cookie",
        ["/connect/userinfo"] = "authenticated by a bearer access token in the Authorization header, never by a cookie",
        ["/connect/endsession"] = "OpenID Connect RP-Initiated Logout allows a form post from the relying party; it only ends a session and returns only to a registered address",
        ["/connect/revocation"] = "called server to server and authenticated by the client's credentials; a token is revoked only for the client it was issued to",
        ["/health/live"] = "health check: answers any method, reads nothing from the request and changes nothing",
        ["/health/ready"] = "health check: answers any method, reads nothing from the request and changes nothing",
    };

    private TestDatabase database = null!;
    private IdentityApp app = null!;

    public async Task InitializeAsync()
    {
        database = await IdentityDatabase.CreateAsync();
        app = new IdentityApp(database.ConnectionString, "Development", new Dictionary<string, string>
        {
            ["RateLimits:SignIn:PermitLimit"] = "100000",
            ["RateLimits:OneTimeCode:PermitLimit"] = "100000",
            ["RateLimits:Invitation:PermitLimit"] = "100000",
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Every_POST_endpoint_refuses_a_signed_in_post_without_a_valid_token_and_changes_nothing()
    {
        var attacker = NewClient();
        var forged = Token(await attacker.GetStringAsync("/account/sign-in"));
        // The victim is signed in.
        var victim = NewClient();
        var email = await CreateAccountAsync("parent");
        var signIn = Token(await victim.GetStringAsync("/account/sign-in"));
        var signedIn = await victim.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Password, ["__RequestVerificationToken"] = signIn,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var posts = PostEndpoints();
        Assert.Contains("/account/sign-in", posts.Keys);
        Assert.Contains("/account/passkeys", posts.Keys);
        Assert.Contains("/invitations/new", posts.Keys);
        Assert.Equal(Exemptions.Keys.Order(), posts.Keys.Where(Exemptions.ContainsKey).Order());
        var before = await FingerprintAsync();

        var problems = new List<string>();
        foreach (var (path, endpoint) in posts.Where(post => !Exemptions.ContainsKey(post.Key)))
        {
            foreach (var (kind, token) in new[] { ("no token", (string?)null), ("another person's token", forged) })
            {
                var fields = new Dictionary<string, string>
                {
                    ["Email"] = "someone.else@example.test", ["Password"] = Password, ["Code"] = "123456", ["Role"] = "manager", ["Name"] = "Forged",
                };
                if (token is not null)
                {
                    fields["__RequestVerificationToken"] = token;
                }
                using var response = await victim.PostAsync(path, new FormUrlEncodedContent(fields));
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    problems.Add($"{endpoint} ({path}) with {kind} answered {(int)response.StatusCode}, not 400");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(before, await FingerprintAsync());
        // Still signed in: the refused posts did not sign the victim out either.
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/account/passkeys")).StatusCode);
    }

    /// <summary>Each endpoint that accepts POST (no method metadata means any method) by an address that reaches it.</summary>
    private Dictionary<string, string> PostEndpoints()
    {
        var posts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            if (methods is null || methods.Contains(HttpMethods.Post, StringComparer.OrdinalIgnoreCase))
            {
                posts.TryAdd(Address(endpoint.RoutePattern), endpoint.DisplayName ?? "?");
            }
        }
        return posts;
    }

    /// <summary>A concrete address for a route: a new id where one is wanted, a word elsewhere.</summary>
    private static string Address(RoutePattern pattern)
        => "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase) => Guid.NewGuid().ToString(),
            _ => "word",
        }))));

    /// <summary>Every row of every table, hashed, so any change anywhere shows.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var fingerprint = new StringBuilder();
        foreach (var table in tables)
        {
            await using var hash = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM {table} t", connection);
            fingerprint.Append(table).Append('=').Append(await hash.ExecuteScalarAsync()).Append('\n');
        }
        return fingerprint.ToString();
    }

    private HttpClient NewClient() => app.CreateDefaultClient(new Uri("http://127.0.0.1"), new CookieContainerHandler());

    private async Task<string> CreateAccountAsync(string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var email = $"{Guid.NewGuid():N}@example.test";
        var account = new Account { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test person" };
        Assert.True((await users.CreateAsync(account, Password)).Succeeded);
        await users.AddToRoleAsync(account, role);
        return email;
    }

    private static string Token(string page)
    {
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
