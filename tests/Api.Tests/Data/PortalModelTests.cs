using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Data;

/// <summary>How the EF model behaves for the code that writes through it.</summary>
public sealed class PortalModelTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await PortalDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_new_entity_added_through_a_navigation_is_inserted()
    {
        await using (var db = PortalDatabase.CreateContext(database.ConnectionString))
        {
            var plan = await db.Plans.Include(p => p.Versions).SingleAsync(p => p.Id == DemoFamiliesNorth.HarlowPlan);
            plan.Versions.Add(new PlanVersion
            {
                Number = plan.Versions.Max(v => v.Number) + 1,
                PublishedAt = DateTimeOffset.UtcNow,
                PublishedById = DemoWorkers.PriyaNatt,
                ChangeNote = "Added through the navigation",
            });
            await db.SaveChangesAsync();
        }

        await using var check = PortalDatabase.CreateContext(database.ConnectionString);
        Assert.True(await check.PlanVersions.AnyAsync(v => v.PlanId == DemoFamiliesNorth.HarlowPlan && v.ChangeNote == "Added through the navigation"));
    }

    [Fact]
    public void New_entities_get_distinct_version_7_ids()
    {
        var first = new Feedback();
        var second = new Feedback();

        Assert.Equal(7, first.Id.Version);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task Enums_are_stored_as_their_names()
    {
        var kinds = await Sql.ColumnAsync(database.ConnectionString, "SELECT DISTINCT kind FROM plans ORDER BY kind");

        Assert.Equal(["ChildInCare", "ChildInNeed", "ChildProtection", "EarlyHelp", "Pathway"], kinds);
    }
}
