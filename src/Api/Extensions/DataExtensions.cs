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
        builder.Services.AddDatabaseHealthCheck(builder.Configuration.PortalConnectionString());
        return builder;
    }

    public static Task<bool> RunDatabaseCommandAsync(this WebApplicationBuilder builder, string[] args)
        => DatabaseCommands.TryRunMigrateAsync(args, builder.Configuration.GetConnectionString(ConnectionStringName), typeof(DataExtensions).Assembly);
}
