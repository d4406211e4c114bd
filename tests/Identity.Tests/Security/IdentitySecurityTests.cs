using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RightHelp.Identity.Data;
using RightHelp.Identity.Tests.Support;
using RightHelp.TestSupport;
using RightHelp.TestSupport.Security;

namespace RightHelp.Identity.Tests.Security;

/// <summary>
/// Identity's headers and cookies through its real pipeline, as Production (over https, as it
/// insists) and as Development (plain http at 127.0.0.1, no HSTS).
/// </summary>
public sealed partial class IdentitySecurityTests : IAsyncLifetime
{
    private const string Password = "a-long-test-password";

    private TestDatabase database = null!;
    private IdentityApp production = null!;
    private IdentityApp development = null!;

    public async Task InitializeAsync()
    {
        database = await IdentityDatabase.CreateAsync();
        var settings = new Dictionary<string, string>
        {
            ["RateLimits:SignIn:PermitLimit"] = "100000",
            ["RateLimits:OneTimeCode:PermitLimit"] = "100000",
            ["RateLimits:Invitation:PermitLimit"] = "100000",
        };
        production = new IdentityApp(database.ConnectionString, "Production",
            new Dictionary<string, string>(settings) { ["Identity:Issuer"] = "https://identity.example.test", ["Identity:PortalUrl"] = "https://portal.example.test" });
        development = new IdentityApp(database.ConnectionString, "Development", settings);
    }

    public async Task DisposeAsync()
    {
        await production.DisposeAsync();
        await development.DisposeAsync();
        await database.DisposeAsync();
    }

    public static TheoryData<string, bool> Addresses()
    {
        var data = new TheoryData<string, bool>();
        foreach (var isProduction in new[] { true, false })
        {
            foreach (var path in new[]
            {
                "/", "/account/sign-in", "/account/sign-in-with-code", "/account/forgot-password", "/account/signed-out",
                "/problem", "/.well-known/openid-configuration", "/connect/authorize?client_id=nobody",
                "/account/passkeys", "/no-such-page", "/govuk/govuk-frontend.min.css", "/js/passkeys.js", "/health/live",
            })
            {
                data.Add(path, isProduction);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_response_carries_the_security_headers(string path, bool isProduction)
    {
        var (client, _) = Client(isProduction);

        using var response = await client.GetAsync(path);

        SecurityAssert.HasSecurityHeaders(response, isProduction);
    }

    [Fact]
    public async Task Plain_http_refused_in_Production_still_carries_the_headers()
    {
        var client = production.CreateClient(new() { BaseAddress = new Uri("http://identity.example.test"), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_cookie_a_sign_in_sets_is_HttpOnly_SameSite_and_Secure_outside_Development(bool isProduction)
    {
        var app = isProduction ? production : development;
        var parent = await CreateAccountAsync(app, "parent", twoFactor: false);
        var editor = await CreateAccountAsync(app, "editor", twoFactor: true);
        var (client, recorder) = Client(isProduction);

        // A parent signs in (antiforgery, session), asks for passkey options (the ceremony's
        // cookie), and signs out; staff stop at the second factor (the pending cookie).
        var signedIn = await SubmitAsync(client, "/account/sign-in", new() { ["Email"] = parent, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(client, "/account/passkeys?handler=AddOptions", [])).StatusCode);
        await client.GetAsync("/connect/endsession");
        var (staffClient, staffRecorder) = Client(isProduction);
        var pending = await SubmitAsync(staffClient, "/account/sign-in", new() { ["Email"] = editor, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, pending.StatusCode);

        var lines = recorder.Lines.Concat(staffRecorder.Lines).ToList();
        var names = lines.Select(line => line.SetCookie.Split('=', 2)[0]).ToHashSet();
        var prefix = isProduction ? "__Host-" : "";
        Assert.Contains(prefix + "rh-antiforgery", names);
        Assert.Contains(prefix + "rh-session", names);
        Assert.Contains(prefix + "rh-passkey", names);
        Assert.Contains(prefix + "rh-pending", names);
        Assert.All(lines, line => SecurityAssert.IsSafeCookie(line.Request, line.SetCookie, isProduction));
    }

    /// <summary>
    /// Every cookie the app is configured to set, including any a later change adds (a new cookie
    /// scheme, temp data, antiforgery), as it would be written on an https request in Production.
    /// </summary>
    [Fact]
    public async Task Every_configured_cookie_is_HttpOnly_SameSite_and_Secure_in_Production()
    {
        var services = production.Services;
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("identity.example.test");
        var cookies = new List<(string Source, CookieBuilder Cookie)>();
        foreach (var scheme in await services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync())
        {
            if (typeof(CookieAuthenticationHandler).IsAssignableFrom(scheme.HandlerType))
            {
                cookies.Add(("scheme " + scheme.Name, services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme.Name).Cookie));
            }
        }
        cookies.Add(("antiforgery", services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie));
        cookies.Add(("temp data", services.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie));

        Assert.True(cookies.Count >= 5, "expected the session, pending and passkey schemes, antiforgery and temp data");
        foreach (var (source, builder) in cookies)
        {
            var options = builder.Build(context);
            Assert.True(options.HttpOnly, $"{source} ({builder.Name}) is not HttpOnly");
            Assert.True(options.Secure, $"{source} ({builder.Name}) is not Secure");
            Assert.True(options.SameSite is SameSiteMode.Lax or SameSiteMode.Strict, $"{source} ({builder.Name}) is SameSite {options.SameSite}");
        }
    }

    private (HttpClient Client, SetCookieRecorder Recorder) Client(bool isProduction)
    {
        var recorder = new SetCookieRecorder();
        var app = isProduction ? production : development;
        var client = app.CreateDefaultClient(new Uri(isProduction ? "https://identity.example.test" : "http://127.0.0.1"), recorder, new CookieContainerHandler());
        return (client, recorder);
    }

    private static async Task<string> CreateAccountAsync(IdentityApp app, string role, bool twoFactor)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var email = $"{Guid.NewGuid():N}@example.test";
        var account = new Account { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test person" };
        Assert.True((await users.CreateAsync(account, Password)).Succeeded);
        await users.AddToRoleAsync(account, role);
        if (twoFactor)
        {
            await users.SetAuthenticationTokenAsync(account, "[AspNetUserStore]", "AuthenticatorKey", "JBSWY3DPEHPK3PXP");
            await users.SetTwoFactorEnabledAsync(account, true);
        }
        return email;
    }

    /// <summary>Loads the page and posts its form back with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"{url} has no antiforgery token");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
