using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RightHelp.Identity.Accounts;
using RightHelp.Identity.Data;
using RightHelp.Identity.Seeding;
using RightHelp.ServiceDefaults;

namespace RightHelp.Identity.Extensions;

public static class DataExtensions
{
    public const string ConnectionStringName = "Identity";

    public static string IdentityConnectionString(this IConfiguration configuration)
        => configuration.GetConnectionString(ConnectionStringName)
           ?? throw new InvalidOperationException($"Set ConnectionStrings__{ConnectionStringName} to the identity database.");

    /// <summary>The identity database, ASP.NET Core Identity on it, and Data Protection keys kept in it.</summary>
    public static WebApplicationBuilder AddIdentityData(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.IdentityConnectionString();
        builder.Services.AddDatabaseHealthCheck(connectionString);
        builder.Services.AddDbContext<IdentityDataContext>(options => options.UseNpgsql(connectionString));

        builder.Services
            .AddIdentityCore<Account>(options =>
            {
                // NIST SP 800-63B: length and a deny-list, no composition rules.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityDataContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(1));

        // Kept in the database so every instance can read what another protected, across restarts.
        builder.Services.AddDataProtection()
            .SetApplicationName("RightHelp.Identity")
            .PersistKeysToDbContext<IdentityDataContext>();

        builder.Services.AddScoped<DemoSeeder>();
        return builder;
    }

    public static Task<bool> RunDatabaseCommandAsync(this WebApplicationBuilder builder, string[] args)
        => DatabaseCommands.TryRunMigrateAsync(args, builder.Configuration.GetConnectionString(ConnectionStringName), typeof(DataExtensions).Assembly);
}
