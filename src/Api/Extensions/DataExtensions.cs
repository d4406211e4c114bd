using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.ServiceDefaults;

namespace RightHelp.Api.Extensions;

public static class DataExtensions
{
    public const string ConnectionStringName = "Portal";

    public static string PortalConnectionString(this IConfiguration configuration)
        => configuration.GetConnectionString(ConnectionStringName)
           ?? throw new InvalidOperationException($"Set ConnectionStrings__{ConnectionStringName} to the portal database.");

    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.PortalConnectionString();
        builder.Services.AddDatabaseHealthCheck(connectionString);
        builder.Services.AddDbContext<PortalDbContext>(options => options.UsePortalDatabase(connectionString));
        return builder;
    }

    /// <summary>The one place the provider is configured, so the app, commands and tests agree.</summary>
    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder options, string? connectionString)
        => connectionString is null ? options.UseNpgsql() : options.UseNpgsql(connectionString);

    /// <summary>Options for a context made outside dependency injection (commands, tests); null makes one for scripts only.</summary>
    public static DbContextOptions<PortalDbContext> PortalDbContextOptions(string? connectionString)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePortalDatabase(connectionString);
        return options.Options;
    }

    /// <summary>
    /// Runs a database command named by the first argument and returns true, or returns false:
    /// <c>migrate</c> applies the SQL scripts; <c>seed</c> migrates, then adds the demo data
    /// (refused in Production); <c>schema-script [file]</c> writes the CREATE script the EF model
    /// implies, the starting point for a new migration.
    /// </summary>
    public static async Task<bool> RunDatabaseCommandAsync(this WebApplicationBuilder builder, string[] args)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (await DatabaseCommands.TryRunMigrateAsync(args, connectionString, typeof(DataExtensions).Assembly))
        {
            return true;
        }
        switch (args.FirstOrDefault())
        {
            case "schema-script":
                var script = PortalSchema.CreateScript();
                if (args.Length > 1)
                {
                    await File.WriteAllTextAsync(args[1], script);
                }
                else
                {
                    Console.Write(script);
                }
                return true;
            case "seed":
                DemoDataSeeder.RefuseInProduction(builder.Environment);
                await DatabaseCommands.TryRunMigrateAsync(["migrate"], connectionString, typeof(DataExtensions).Assembly);
                var options = PortalDbContextOptions(builder.Configuration.PortalConnectionString());
                await using (var db = new PortalDbContext(options))
                {
                    var counts = await new DemoDataSeeder(db, TimeProvider.System).SeedAsync(builder.Environment);
                    Console.WriteLine($"Demo data: {counts}");
                }
                return true;
            default:
                return false;
        }
    }
}
