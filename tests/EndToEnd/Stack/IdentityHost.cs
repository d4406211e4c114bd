extern alias identity;

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightHelp.ServiceDefaults;
using RightHelp.TestSupport;
using IdentityDataContext = identity::RightHelp.Identity.Data.IdentityDataContext;
using IdentityProgram = identity::Program;
using ClientOrigins = identity::RightHelp.Identity.Provider.ClientOrigins;
using DemoSeeder = identity::RightHelp.Identity.Seeding.DemoSeeder;

namespace RightHelp.EndToEnd.Stack;

/// <summary>The real Identity app (Development, demo users seeded) on a real port, with its own database.</summary>
public sealed class IdentityHost : WebApplicationFactory<IdentityProgram>
{
    // The build is part of the key (as for the Api), so a template seeded before a demo client was added is not reused.
    private static readonly string TemplateKey = "e2e-identity:" + string.Join(',',
        new SqlMigrator("Host=unused", typeof(IdentityDataContext).Assembly).Scripts.Select(s => s.Checksum))
        + $":{typeof(DemoSeeder).Assembly.ManifestModule.ModuleVersionId:N}";

    private readonly string connectionString;
    private readonly IReadOnlyDictionary<string, string> settings;

    private IdentityHost(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.connectionString = connectionString;
        this.settings = settings ?? new Dictionary<string, string>();
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Starts the host; <paramref name="settings"/> override the defaults (a test tripping a rate limit lowers it).</summary>
    public static async Task<(IdentityHost Host, TestDatabase Database)> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(TemplateKey, async template =>
        {
            await new SqlMigrator(template, typeof(IdentityDataContext).Assembly).MigrateAsync();
            await using var seeding = new IdentityHost(template);
            await using var scope = seeding.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        });
        var host = new IdentityHost(database.ConnectionString, settings);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        host.Address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return (host, database);
    }

    /// <summary>The seeded client <c>portal</c> expects port 5000; point it at the Portal under test.</summary>
    public async Task RegisterPortalAsync(Uri portal)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDataContext>();
        var client = await db.Clients.SingleAsync(c => c.ClientId == "portal");
        // Added, not replaced: a journey may run a second Portal against the same provider.
        client.RedirectUris = [.. client.RedirectUris, new Uri(portal, "/signin-oidc").ToString()];
        client.PostLogoutRedirectUris = [.. client.PostLogoutRedirectUris, new Uri(portal, "/signed-out").ToString()];
        await db.SaveChangesAsync();
        // Its pages name the clients' origins in their form-action policy, kept for a minute: without this a
        // second Portal's sign-in redirect would be blocked by the browser until then.
        Services.GetRequiredService<ClientOrigins>().Forget();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Identity", connectionString);
        // Every journey signs in from 127.0.0.1 on this one shared host; the limits have tests of their own.
        foreach (var limit in new[] { "SignIn", "OneTimeCode", "Invitation" })
        {
            builder.UseSetting($"RateLimits:{limit}:PermitLimit", "100000");
        }
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
