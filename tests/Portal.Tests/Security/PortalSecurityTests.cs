using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RightHelp.TestSupport.Security;

namespace RightHelp.Portal.Tests.Security;

/// <summary>
/// The Portal's headers and cookies through its real pipeline, as Production (over https, with a
/// client secret so sign-in is offered) and as Development (plain http, no HSTS). The Api is
/// down, so pages that need it show their kind error.
/// </summary>
public sealed class PortalSecurityTests : IDisposable
{
    private readonly WebApplicationFactory<Program> production = Portal("Production");
    private readonly WebApplicationFactory<Program> development = Portal("Development");

    private static WebApplicationFactory<Program> Portal(string environment) => new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
        .UseEnvironment(environment)
        .UseSetting("Services:Api", "http://127.0.0.1:9")
        .UseSetting("Services:Identity", "https://identity.example.test")
        .UseSetting("Identity:ClientSecret", "a-test-secret")
        .UseSetting("RateLimits:Feedback:PermitLimit", "100000")
        .UseSetting("RateLimits:SignIn:PermitLimit", "100000"));

    public static TheoryData<string, bool> Addresses()
    {
        var data = new TheoryData<string, bool>();
        foreach (var isProduction in new[] { true, false })
        {
            foreach (var path in new[]
            {
                "/", "/feedback", "/glossary", "/glossary/contact", "/offers", "/directory", "/your-family", "/staff/families",
                "/sign-in", "/signed-out", "/too-many-requests", "/problem", "/not-found", "/no-such-page",
                "/govuk/govuk-frontend.min.css", "/health/live",
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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_cookie_a_visit_sets_is_HttpOnly_SameSite_and_Secure_outside_Development(bool isProduction)
    {
        var (client, recorder) = Client(isProduction);

        // A form (antiforgery), its post, and the start of signing in (correlation cookie).
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/feedback")).QuerySelector("form[method=post]")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
        fields["Form.Text"] = "The meeting was at a bad time for me.";
        fields["Form.ListenedTo"] = "4";
        await client.PostAsync("/feedback", new FormUrlEncodedContent(fields));
        var signIn = await client.GetAsync("/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("https://identity.example.test/connect/authorize", signIn.Headers.Location!.ToString(), StringComparison.Ordinal);

        Assert.Contains(recorder.Names, name => name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal) || name.EndsWith("antiforgery", StringComparison.Ordinal));
        Assert.Contains(recorder.Names, name => name.StartsWith(".AspNetCore.Correlation.", StringComparison.Ordinal));
        Assert.All(recorder.Lines, line => SecurityAssert.IsSafeCookie(line.Request, line.SetCookie, isProduction));
    }

    /// <summary>
    /// Every cookie the Portal is configured to set, including the session cookie that only a full
    /// sign-in writes and any a later change adds, as written on an https request in Production.
    /// </summary>
    [Fact]
    public async Task Every_configured_cookie_is_HttpOnly_SameSite_and_Secure_in_Production()
    {
        var services = production.Services;
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("portal.example.test");
        var cookies = new List<(string Source, CookieBuilder Cookie)>();
        foreach (var scheme in await services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync())
        {
            if (typeof(CookieAuthenticationHandler).IsAssignableFrom(scheme.HandlerType))
            {
                cookies.Add(("scheme " + scheme.Name, services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme.Name).Cookie));
            }
            else if (typeof(OAuthHandler<OAuthOptions>).IsAssignableFrom(scheme.HandlerType))
            {
                cookies.Add(("correlation " + scheme.Name, services.GetRequiredService<IOptionsMonitor<OAuthOptions>>().Get(scheme.Name).CorrelationCookie));
            }
        }
        cookies.Add(("antiforgery", services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie));

        Assert.True(cookies.Count >= 3, "expected the session and correlation cookies and antiforgery");
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
        var client = app.CreateDefaultClient(new Uri(isProduction ? "https://portal.example.test" : "http://127.0.0.1"), recorder, new CookieContainerHandler());
        return (client, recorder);
    }

    public void Dispose()
    {
        production.Dispose();
        development.Dispose();
    }
}
