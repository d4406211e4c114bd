extern alias api;

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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
/// The real Api (Development, demo data seeded) on a real port, over its own copy of the database,
/// trusting the Identity host under test when there is one. Its calendar links point at itself,
/// so a browser can fetch a meeting's .ics. Every journey shares one template, built once a day.
/// </summary>
public sealed class ApiHost : WebApplicationFactory<ApiProgram>
{
    private static readonly string TemplateKey = "e2e-api:"
        + string.Join(',', new SqlMigrator("Host=unused", typeof(PortalDbContext).Assembly).Scripts.Select(s => s.Checksum))
        + $":{typeof(DemoDataSeeder).Assembly.ManifestModule.ModuleVersionId:N}:{DateTime.UtcNow:yyyyMMdd}";

    private readonly string connectionString;
    private readonly Uri? identity;

    private ApiHost(string connectionString, Uri? identity, Uri address)
    {
        this.connectionString = connectionString;
        this.identity = identity;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="identity">The Identity host whose tokens the Api trusts; null for public pages only.</param>
    public static async Task<(ApiHost Host, TestDatabase Database)> StartAsync(Uri? identity = null)
    {
        var database = await TestDatabase.CreateAsync(TemplateKey, async template =>
        {
            await new SqlMigrator(template, typeof(PortalDbContext).Assembly).MigrateAsync();
            await using var db = new PortalDbContext(DataExtensions.PortalDbContextOptions(template));
            await new DemoDataSeeder(db, TimeProvider.System).SeedAsync(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Development" });
        });
        // The demo accounts are linked to the issuer ./run uses; this Identity host has its own port.
        if (identity is not null)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE account_links SET issuer = @issuer", connection);
            command.Parameters.AddWithValue("issuer", identity.ToString().TrimEnd('/'));
            await command.ExecuteNonQueryAsync();
        }
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var host = new ApiHost(database.ConnectionString, identity, address);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, address.Port));
        host.StartServer();
        return (host, database);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
        // Every journey shares this host and the address 127.0.0.1; the limits have tests of their own.
        builder.UseSetting("RateLimits:GraphQLPerUser:PermitLimit", "100000");
        builder.UseSetting("RateLimits:GraphQLPerAddress:PermitLimit", "100000");
        builder.UseSetting("RateLimits:PublicMutation:PermitLimit", "100000");
        if (identity is not null)
        {
            builder.UseSetting("Services:Identity", identity.ToString().TrimEnd('/'));
        }
        builder.UseSetting("Calendar:PublicBaseUrl", Address.ToString().TrimEnd('/'));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
