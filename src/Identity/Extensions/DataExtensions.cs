using RightHelp.ServiceDefaults;

namespace RightHelp.Identity.Extensions;

public static class DataExtensions
{
    public const string ConnectionStringName = "Identity";

    public static string IdentityConnectionString(this IConfiguration configuration)
        => configuration.GetConnectionString(ConnectionStringName)
           ?? throw new InvalidOperationException($"Set ConnectionStrings__{ConnectionStringName} to the identity database.");

    public static WebApplicationBuilder AddIdentityData(this WebApplicationBuilder builder)
    {
        builder.Services.AddDatabaseHealthCheck(builder.Configuration.IdentityConnectionString());
        return builder;
    }

    public static Task<bool> RunDatabaseCommandAsync(this WebApplicationBuilder builder, string[] args)
        => DatabaseCommands.TryRunMigrateAsync(args, builder.Configuration.GetConnectionString(ConnectionStringName), typeof(DataExtensions).Assembly);
}
