using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Extensions;
using RightHelp.ServiceDefaults;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Infrastructure;

/// <summary>
/// Portal databases for tests: each call gives the caller its own database, copied from a
/// template built once (per server) by the real migrations, and optionally the demo seed.
/// Usage in a test class: <c>database = await PortalDatabase.CreateSeededAsync();</c> in
/// <c>InitializeAsync</c>, <c>await database.DisposeAsync()</c> in <c>DisposeAsync</c>.
/// </summary>
public static class PortalDatabase
{
    private static readonly SqlMigrator Migrator = new(string.Empty, typeof(DataExtensions).Assembly);

    /// <summary>Changes whenever a migration script changes, so a stale template is never reused.</summary>
    public static string ScriptsHash { get; } = Hash(string.Join("\n", Migrator.Scripts.Select(s => s.Id + ":" + s.Checksum)));

    /// <summary>The schema only, no rows.</summary>
    public static Task<TestDatabase> CreateMigratedAsync()
        => TestDatabase.CreateAsync("api-migrated-" + ScriptsHash, MigrateAsync);

    /// <summary>
    /// The schema and the demo data. The key holds the Api build (deterministic, so it changes
    /// only with the code) and the day, because demo meetings are placed relative to today.
    /// </summary>
    public static Task<TestDatabase> CreateSeededAsync()
        => TestDatabase.CreateAsync(
            $"api-seeded-{ScriptsHash}-{typeof(DemoDataSeeder).Assembly.ManifestModule.ModuleVersionId:N}-{DateTime.UtcNow:yyyyMMdd}",
            async connectionString =>
            {
                await MigrateAsync(connectionString);
                await SeedAsync(connectionString);
            });

    public static PortalDbContext CreateContext(string connectionString)
        => new(DataExtensions.PortalDbContextOptions(connectionString));

    public static async Task MigrateAsync(string connectionString)
        => await new SqlMigrator(connectionString, typeof(DataExtensions).Assembly).MigrateAsync();

    public static async Task<DemoDataCounts> SeedAsync(string connectionString, TimeProvider? time = null)
    {
        await using var db = CreateContext(connectionString);
        return await new DemoDataSeeder(db, time ?? TimeProvider.System).SeedAsync(Development);
    }

    public static IHostEnvironment Development { get; } = new HostingEnvironment { EnvironmentName = Environments.Development };

    private static string Hash(string value)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..12].ToLowerInvariant();
}
