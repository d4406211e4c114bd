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

/// <summary>The real Api on a real port over its own copy of the migrated, seeded demo database.</summary>
public sealed class DirectoryApiHost : WebApplicationFactory<ApiProgram>
{
    private readonly string connectionString;

    private DirectoryApiHost(string connectionString) => this.connectionString = connectionString;

    public Uri Address { get; private set; } = null!;

    public static async Task<(DirectoryApiHost Host, TestDatabase Database)> StartAsync()
    {
        var migrator = new SqlMigrator("Host=unused", typeof(DataExtensions).Assembly);
        // Demo dates are relative to today and the seed follows the Api build, so both are in the key.
        var key = $"e2e-portal-seeded:{string.Join(',', migrator.Scripts.Select(s => s.Checksum))}:{typeof(DemoDataSeeder).Assembly.ManifestModule.ModuleVersionId:N}:{DateTime.UtcNow:yyyyMMdd}";
        var database = await TestDatabase.CreateAsync(key, async template =>
        {
            await new SqlMigrator(template, typeof(DataExtensions).Assembly).MigrateAsync();
            await using var db = new PortalDbContext(DataExtensions.PortalDbContextOptions(template));
            await new DemoDataSeeder(db, TimeProvider.System).SeedAsync(new HostingEnvironment { EnvironmentName = Environments.Development });
        });
        var host = new DirectoryApiHost(database.ConnectionString);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        host.Address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return (host, database);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{DataExtensions.ConnectionStringName}", connectionString);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
