extern alias api;

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Npgsql;
using RightHelp.ServiceDefaults;
using RightHelp.TestSupport;
using ApiProgram = api::Program;
using DataExtensions = api::RightHelp.Api.Extensions.DataExtensions;
using DemoDataSeeder = api::RightHelp.Api.Data.Seeding.DemoDataSeeder;
using PortalDbContext = api::RightHelp.Api.Data.PortalDbContext;

namespace RightHelp.EndToEnd.Stack;

/// <summary>
/// The real Api on a real port, over its own copy of the migrated and demo-seeded database,
/// trusting access tokens from the given Identity host.
/// </summary>
public sealed class ApiHost : WebApplicationFactory<ApiProgram>
{
    // The seed places demo dates relative to today, and changes with the Api build.
    private static readonly string TemplateKey = "e2e-api:" + string.Join(',',
            new SqlMigrator("Host=unused", typeof(DataExtensions).Assembly).Scripts.Select(s => s.Checksum))
        + ":" + typeof(DemoDataSeeder).Assembly.ManifestModule.ModuleVersionId.ToString("N")
        + ":" + DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly string connectionString;
    private readonly Uri identity;

    private ApiHost(string connectionString, Uri identity)
    {
        this.connectionString = connectionString;
        this.identity = identity;
    }

    public Uri Address { get; private set; } = null!;

    public static async Task<(ApiHost Host, TestDatabase Database)> StartAsync(Uri identity)
    {
        var database = await TestDatabase.CreateAsync(TemplateKey, async template =>
        {
            await new SqlMigrator(template, typeof(DataExtensions).Assembly).MigrateAsync();
            await using var db = new PortalDbContext(DataExtensions.PortalDbContextOptions(template));
            await new DemoDataSeeder(db, TimeProvider.System).SeedAsync(new HostingEnvironment { EnvironmentName = Environments.Development });
        });
        await LinkDemoAccountsToAsync(database.ConnectionString, identity);
        var host = new ApiHost(database.ConnectionString, identity);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        host.Address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return (host, database);
    }

    /// <summary>
    /// The demo account links name the Development issuer (port 5200); this Identity runs on a
    /// free port, and in Development its issuer is its own address, so the links follow it.
    /// </summary>
    private static async Task LinkDemoAccountsToAsync(string connectionString, Uri identity)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE account_links SET issuer = @issuer", connection);
        command.Parameters.AddWithValue("issuer", identity.ToString().TrimEnd('/'));
        await command.ExecuteNonQueryAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{DataExtensions.ConnectionStringName}", connectionString);
        builder.UseSetting("Services:Identity", identity.ToString().TrimEnd('/'));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
