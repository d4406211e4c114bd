using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;
using Xunit.Abstractions;

namespace RightHelp.Api.Tests.GraphQL;

/// <summary>A page of families, plans and workers costs the same number of SQL commands however many plans it holds.</summary>
public sealed class DataLoaderTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string FamilyPage = """
        { me { families { id locality { name } plans { id subjectName leadWorker { name team successor { name } } version sections { heading body { html readingAge } } actions { who status } }
          nextMeeting { id startsAt calendarUrl attendees { name } views { worries } } team { name } questions { text answer } } } }
        """;

    private TestDatabase database = null!;
    private GraphQLTestHost host = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        host = new GraphQLTestHost(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_family_page_is_a_constant_number_of_sql_commands_however_many_plans()
    {
        host.Commands.Reset();
        var before = (await host.ExecuteAsync(FamilyPage, Principals.Worker)).Ok();
        var commandsBefore = host.Commands.Count;
        var plansBefore = CountPlans(before);

        await AddPlansToHarlowsAsync(20);
        host.Commands.Reset();
        var after = (await host.ExecuteAsync(FamilyPage, Principals.Worker)).Ok();
        var commandsAfter = host.Commands.Count;

        output.WriteLine($"{plansBefore} plans: {commandsBefore} SQL commands; {plansBefore + 20} plans: {commandsAfter} SQL commands");
        Assert.Equal(plansBefore + 20, CountPlans(after));
        Assert.Equal(commandsBefore, commandsAfter);
        Assert.True(commandsAfter <= 20, $"{commandsAfter} commands");
    }

    private static int CountPlans(System.Text.Json.JsonElement data)
        => data.GetProperty("me").GetProperty("families").EnumerateArray().Sum(f => f.GetProperty("plans").GetArrayLength());

    private Task AddPlansToHarlowsAsync(int count)
        => Sql.ExecuteAsync(database.ConnectionString, $"""
            WITH source AS (SELECT * FROM plans WHERE id = '{RightHelp.Api.Data.Seeding.DemoFamiliesNorth.HarlowPlan}'),
            copies AS (
              INSERT INTO plans (id, family_id, subject_person_id, kind, status, lead_worker_id, started_on, created_at, updated_at)
              SELECT gen_random_uuid(), family_id, subject_person_id, kind, status, lead_worker_id, started_on - n, created_at, updated_at
              FROM source, generate_series(1, {count}) AS n
              RETURNING id, lead_worker_id)
            INSERT INTO plan_versions (id, plan_id, number, published_at, published_by_id, change_note)
            SELECT gen_random_uuid(), id, 1, now(), lead_worker_id, 'copy' FROM copies
            """);
}
