using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Data;

public sealed class DemoDataSeederTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await PortalDatabase.CreateMigratedAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        var first = await PortalDatabase.SeedAsync(database.ConnectionString);
        var afterFirst = await Sql.ContentFingerprintAsync(database.ConnectionString);

        var second = await PortalDatabase.SeedAsync(database.ConnectionString);
        var afterSecond = await Sql.ContentFingerprintAsync(database.ConnectionString);

        Assert.Equal(first, second);
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task Seeded_data_meets_the_foundation_issue_minimums()
    {
        var counts = await PortalDatabase.SeedAsync(database.ConnectionString);

        Assert.Equal(4, counts.Localities);
        Assert.True(counts.Families >= 12, $"{counts.Families} families");
        Assert.Equal(5, counts.PlanKinds);
        Assert.True(counts.PlansWithSeveralVersions >= 2, $"{counts.PlansWithSeveralVersions} plans with 2+ versions");
        Assert.True(counts.UpcomingMeetings >= 10, $"{counts.UpcomingMeetings} upcoming meetings");
        Assert.True(counts.Services >= 80, $"{counts.Services} services");
        Assert.True(counts.Organizations >= 25, $"{counts.Organizations} organisations");
        Assert.True(counts.ServicesNotVerifiedForSixMonths >= 1, "some listings should be out of date");
        Assert.True(counts.Offers >= 24, $"{counts.Offers} offers");
        Assert.True(counts.Feedback >= 40, $"{counts.Feedback} feedback");
        Assert.True(counts.FeedbackWithPublishedResponse * 2 >= counts.Feedback, $"{counts.FeedbackWithPublishedResponse} of {counts.Feedback} have a published response");
        Assert.Equal(7, counts.AccountLinks);
    }

    [Fact]
    public async Task Every_directory_category_of_the_issues_has_services()
    {
        await PortalDatabase.SeedAsync(database.ConnectionString);

        var emptyCategories = await Sql.ColumnAsync(database.ConnectionString, """
            SELECT t.code FROM taxonomy_terms t
            WHERE NOT EXISTS (SELECT 1 FROM service_taxonomy_terms s WHERE s.taxonomy_term_id = t.id)
               OR (SELECT count(*) FROM service_taxonomy_terms s WHERE s.taxonomy_term_id = t.id) < 4
            """);
        var codes = await Sql.ColumnAsync(database.ConnectionString, "SELECT code FROM taxonomy_terms");

        Assert.Empty(emptyCategories);
        Assert.Superset(
            new HashSet<string> { "domestic-abuse", "substance-misuse", "adult-mental-health", "children-mental-health", "parenting", "send", "youth", "young-carers", "housing", "inclusion", "exploitation", "holiday-food" },
            codes.ToHashSet());
    }

    [Fact]
    public async Task Seeding_refuses_to_run_in_production()
    {
        await using var db = PortalDatabase.CreateContext(database.ConnectionString);
        var production = new HostingEnvironment { EnvironmentName = Environments.Production };

        await Assert.ThrowsAsync<InvalidOperationException>(() => new DemoDataSeeder(db, TimeProvider.System).SeedAsync(production));

        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM localities"));
    }

    [Fact]
    public async Task Seeding_again_weeks_later_moves_past_demo_meetings_back_into_the_future()
    {
        var seededAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        await PortalDatabase.SeedAsync(database.ConnectionString, new FixedTimeProvider(seededAt));
        var later = seededAt.AddDays(60);

        await PortalDatabase.SeedAsync(database.ConnectionString, new FixedTimeProvider(later));

        var pastScheduled = await Sql.ScalarAsync<long>(database.ConnectionString,
            $"SELECT count(*) FROM meetings WHERE status = 'Scheduled' AND starts_at < '{later:O}'");
        var upcoming = await Sql.ScalarAsync<long>(database.ConnectionString,
            $"SELECT count(*) FROM meetings WHERE status = 'Scheduled' AND starts_at >= '{later:O}' AND starts_at < '{later.AddDays(42):O}'");
        Assert.Equal(0L, pastScheduled);
        Assert.True(upcoming >= 10, $"{upcoming} meetings in the six weeks after the second seed");
        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.ConnectionString,
            $"SELECT count(*) FROM workers WHERE leaving_on < '{later:yyyy-MM-dd}'"));
    }

    [Fact]
    public async Task Demo_meetings_are_on_weekdays_in_uk_working_hours()
    {
        await PortalDatabase.SeedAsync(database.ConnectionString);

        var outside = await Sql.ColumnAsync(database.ConnectionString, """
            SELECT id::text FROM meetings
            WHERE extract(isodow FROM starts_at AT TIME ZONE 'Europe/London') > 5
               OR (starts_at AT TIME ZONE 'Europe/London')::time NOT BETWEEN '09:00' AND '18:00'
            """);

        Assert.Empty(outside);
    }
}
