using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightHelp.Portal.Authentication;

namespace RightHelp.Portal.Tests.Authentication;

/// <summary>
/// The Portal's refresh of a session's access token, against a provider on a real port that
/// fails to answer the first refresh (the connection drops) and answers the next.
/// </summary>
public sealed class TokenRefresherTests : IAsyncLifetime
{
    private WebApplication provider = null!;
    private WebApplicationFactory<Program> portal = null!;
    private int tokenRequests;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        provider = builder.Build();
        provider.MapGet("/.well-known/openid-configuration", (HttpContext http) => Results.Json(new Dictionary<string, string>
        {
            ["issuer"] = Address(),
            ["token_endpoint"] = Address() + "/connect/token",
        }));
        provider.MapPost("/connect/token", (HttpContext http) =>
        {
            if (Interlocked.Increment(ref tokenRequests) == 1)
            {
                http.Abort();
                return Results.Empty;
            }
            return Results.Json(new { access_token = "fresh-access-token", refresh_token = "rotated-refresh-token", expires_in = 300, token_type = "Bearer" });
        });
        await provider.StartAsync();

        portal = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Development")
            .UseSetting("Services:Identity", Address())
            .UseSetting("Identity:ClientSecret", "portal-dev-secret")
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)));
    }

    [Fact]
    public async Task A_refresh_that_failed_to_reach_the_provider_is_tried_again_on_the_next_request()
    {
        var refresher = portal.Services.GetRequiredService<TokenRefresher>();

        var first = ExpiringSession();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => refresher.ValidatePrincipalAsync(first));

        var second = ExpiringSession();
        await refresher.ValidatePrincipalAsync(second);

        Assert.Equal(2, tokenRequests);
        Assert.True(second.ShouldRenew);
        Assert.Equal("fresh-access-token", second.Properties.GetTokenValue("access_token"));
        Assert.Equal("rotated-refresh-token", second.Properties.GetTokenValue("refresh_token"));
    }

    public async Task DisposeAsync()
    {
        await portal.DisposeAsync();
        await provider.DisposeAsync();
    }

    private string Address()
        => provider.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    private CookieValidatePrincipalContext ExpiringSession()
    {
        var properties = new AuthenticationProperties();
        properties.StoreTokens(
        [
            new AuthenticationToken { Name = "access_token", Value = "old-access-token" },
            new AuthenticationToken { Name = "refresh_token", Value = "the-refresh-token" },
            new AuthenticationToken { Name = "expires_at", Value = DateTimeOffset.UtcNow.AddSeconds(10).ToString("o", CultureInfo.InvariantCulture) },
        ]);
        var http = new DefaultHttpContext { RequestServices = portal.Services };
        var scheme = new AuthenticationScheme(PortalAuthenticationDefaults.CookieScheme, null, typeof(CookieAuthenticationHandler));
        var ticket = new AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(), properties, scheme.Name);
        return new CookieValidatePrincipalContext(http, scheme, new CookieAuthenticationOptions(), ticket);
    }
}
