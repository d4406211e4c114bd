using Microsoft.EntityFrameworkCore;

namespace RightHelp.Api.Data.Seeding;

public sealed class DemoDataSeeder(PortalDbContext db, TimeProvider time)
{
    public static void RefuseInProduction(IHostEnvironment environment)
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Demo data is never seeded in Production.");
        }
    }

    public async Task<DemoDataCounts> SeedAsync(IHostEnvironment environment, CancellationToken cancellationToken = default)
    {
        RefuseInProduction(environment);
        return await DemoDataCounts.ReadAsync(db, time.GetUtcNow(), cancellationToken);
    }
}
