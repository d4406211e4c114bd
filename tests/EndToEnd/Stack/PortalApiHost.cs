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
using RightHelp.ServiceDefaults;
using RightHelp.TestSupport;
using ApiProgram = api::Program;
using DataExtensions = api::RightHelp.Api.Extensions.DataExtensions;
using DemoDataSeeder = api::RightHelp.Api.Data.Seeding.DemoDataSeeder;
using PortalDbContext = api::RightHelp.Api.Data.PortalDbContext;

namespace RightHelp.EndToEnd.Stack;

/// <summary>The real Api (Development) on a real port, over its own copy of the migrated, seeded demo database.</summary>
public sealed class PortalApiHost : WebApplicationFactory<ApiProgram>
{
    private readonly string connectionString;
    private readonly Uri? identity;

    private PortalApiHost(string connectionString, Uri? identity)
    {
        this.connectionString = connectionString;
        this.identity = identity;
    }

    public Uri Address { get; private set; } = null!;

    public static async Task<(PortalApiHost Host, TestDatabase Database)> StartAsync(Uri? identity = null)
    {
        var migrator = new SqlMigrator("Host=unused", typeof(DataExtensions).Assembly);
        // Demo meetings and offers are placed relative to today, so the template is rebuilt each day.
        var key = $"e2e-portal:{string.Join(',', migrator.Scripts.Select(s => s.Checksum))}:{typeof(DemoDataSeeder).Assembly.ManifestModule.ModuleVersionId:N}:{DateTime.UtcNow:yyyyMMdd}";
        var database = await TestDatabase.CreateAsync(key, async template =>
        {
            await new SqlMigrator(template, typeof(DataExtensions).Assembly).MigrateAsync();
            await using var db = new PortalDbContext(DataExtensions.PortalDbContextOptions(template));
            await new DemoDataSeeder(db, TimeProvider.System).SeedAsync(new HostingEnvironment { EnvironmentName = Environments.Development });
        });
        var host = new PortalApiHost(database.ConnectionString, identity);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        host.Address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return (host, database);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{DataExtensions.ConnectionStringName}", connectionString);
        if (identity is not null)
        {
            builder.UseSetting("Services:Identity", identity.ToString().TrimEnd('/'));
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
