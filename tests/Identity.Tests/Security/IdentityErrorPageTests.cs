using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using RightHelp.Identity.Tests.Support;
using RightHelp.TestSupport;

namespace RightHelp.Identity.Tests.Security;

/// <summary>
/// What a person sees when an address is wrong, a form is refused or something fails: a GOV.UK page with the right
/// status and kind words, never an empty page or a stack trace; and the protocol endpoints keep the answers their
/// clients read. Also the CSP form-action list, which names only the registered clients.
/// </summary>
public sealed partial class IdentityErrorPageTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private IdentityApp production = null!;
    private IdentityApp development = null!;

    public async Task InitializeAsync()
    {
        database = await IdentityDatabase.CreateAsync();
        production = new IdentityApp(database.ConnectionString, "Production", ProductionSettings);
        development = new IdentityApp(database.ConnectionString, "Development", null);
    }

    public async Task DisposeAsync()
    {
        await production.DisposeAsync();
        await development.DisposeAsync();
        await database.DisposeAsync();
    }

    private static Dictionary<string, string> ProductionSettings => new()
    {
        ["Identity:Issuer"] = "https://identity.example.test",
        ["Identity:PortalUrl"] = "https://portal.example.test",
    };

    [Theory]
    [InlineData(true, "https://portal.example.test/accessibility")]
    [InlineData(false, "http://127.0.0.1:5000/accessibility")]
    public async Task An_unknown_address_gets_a_styled_not_found_page_that_links_to_the_Portal(bool isProduction, string accessibility)
    {
        using var response = await Client(isProduction).GetAsync("/account/no-such-page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{accessibility}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_form_post_gets_a_styled_page_and_keeps_its_400()
    {
        using var response = await Client(isProduction: true).PostAsync("/account/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "someone@example.test", ["Password"] = "a-long-test-password" }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Sorry, there is a problem", html, StringComparison.Ordinal);
        Assert.Contains("govuk-template", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/connect/userinfo", HttpStatusCode.Unauthorized)]
    [InlineData("/connect/no-such-endpoint", HttpStatusCode.NotFound)]
    [InlineData("/.well-known/no-such-document", HttpStatusCode.NotFound)]
    public async Task Protocol_endpoints_keep_their_own_answers(string path, HttpStatusCode status)
    {
        using var response = await Client(isProduction: true).GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.DoesNotContain("govuk-template", body, StringComparison.Ordinal);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_failure_in_Production_gets_a_styled_500_without_details()
    {
        // A database that does not exist: every page that needs it fails.
        var missing = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "missing_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        await using var broken = new IdentityApp(missing, "Production", ProductionSettings);
        var client = broken.CreateClient(new() { BaseAddress = new Uri("https://identity.example.test"), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/account/sign-in");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        // Without the clients table the form-action list is the narrowest one.
        Assert.Equal(["'self'"], FormActionSources(response));
    }

    [Fact]
    public async Task Form_action_names_our_origin_and_the_registered_clients_only()
    {
        await IdentityDatabase.ExecuteAsync(database.ConnectionString,
            "INSERT INTO clients (\"ClientId\", \"DisplayName\", \"RedirectUris\", \"PostLogoutRedirectUris\", \"AllowedScopes\", \"AllowedGrantTypes\") "
            + "VALUES ('school-app', 'A school', ARRAY['https://school.example.test:8443/callback'], ARRAY['https://school.example.test:8443/bye'], ARRAY['openid'], ARRAY['authorization_code'])");

        using var response = await Client(isProduction: true).GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["'self'", "http://127.0.0.1:5000", "http://127.0.0.1:5999", "https://school.example.test:8443"], FormActionSources(response));
    }

    [Fact]
    public void Production_without_the_Portal_address_does_not_start()
    {
        using var app = new IdentityApp(database.ConnectionString, "Production",
            new Dictionary<string, string> { ["Identity:Issuer"] = "https://identity.example.test" });

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("Identity:PortalUrl", error.Message, StringComparison.Ordinal);
    }

    private HttpClient Client(bool isProduction)
    {
        var app = isProduction ? production : development;
        return app.CreateClient(new() { BaseAddress = new Uri(isProduction ? "https://identity.example.test" : "http://127.0.0.1"), AllowAutoRedirect = false });
    }

    private static string[] FormActionSources(HttpResponseMessage response)
    {
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var match = FormAction().Match(policy);
        Assert.True(match.Success, $"no form-action in {policy}");
        return match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex("form-action ([^;]+)")]
    private static partial Regex FormAction();
}
