using Microsoft.EntityFrameworkCore;
using RightHelp.Identity.Data;
using RightHelp.Identity.Seeding;
using RightHelp.ServiceDefaults;

namespace RightHelp.Identity.Commands;

/// <summary>
/// The one-off commands: <c>seed</c> (Development only) and <c>schema-script</c>, which prints
/// the CREATE script EF Core derives from the model, the source of <c>0001_identity.sql</c>.
/// </summary>
public static class IdentityCommands
{
    public static async Task<bool> TryRunAsync(this WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "seed":
                if (!app.Environment.IsDevelopment())
                {
                    throw new InvalidOperationException("Demo users are only seeded in Development. Refusing to seed in " + app.Environment.EnvironmentName + ".");
                }
                await new SqlMigrator(app.Configuration.GetConnectionString("Identity")!, typeof(IdentityCommands).Assembly).MigrateAsync();
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var secret = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
                    Console.WriteLine($"Seeded {DemoUsers.All.Count} demo users and {DemoClients.All().Count()} clients.");
                    Console.WriteLine($"TOTP secret for demo staff: {secret}");
                }
                return true;
            case "schema-script":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    Console.Write(scope.ServiceProvider.GetRequiredService<IdentityDataContext>().Database.GenerateCreateScript());
                }
                return true;
            default:
                return false;
        }
    }
}
