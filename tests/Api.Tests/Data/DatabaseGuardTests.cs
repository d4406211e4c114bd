using Npgsql;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Data;

/// <summary>Rules the database itself enforces, whatever code writes to it.</summary>
public sealed class DatabaseGuardTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await PortalDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [InlineData("UPDATE plan_sections SET body = 'rewritten'")]
    [InlineData("UPDATE plan_actions SET status = 'Done'")]
    [InlineData("UPDATE plan_versions SET change_note = 'rewritten'")]
    public async Task A_published_plan_version_cannot_be_changed(string update)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(database.ConnectionString, update));

        Assert.Contains("immutable", error.MessageText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE audit_events SET actor_role = 'nobody'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("TRUNCATE audit_events")]
    public async Task The_audit_log_cannot_be_rewritten_or_deleted(string statement)
    {
        await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(database.ConnectionString, statement));

        Assert.True(await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM audit_events") > 0);
    }

    [Fact]
    public async Task A_whole_family_can_still_be_erased()
    {
        await Sql.ExecuteAsync(database.ConnectionString, $"DELETE FROM families WHERE id = '{DemoFamiliesNorth.HarlowFamily}'");

        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.ConnectionString, $"SELECT count(*) FROM plans WHERE family_id = '{DemoFamiliesNorth.HarlowFamily}'"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task Feedback_scores_outside_1_to_5_are_refused(int score)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(database.ConnectionString, $"""
            INSERT INTO feedback (id, explained_clearly, text, anonymous, status, safeguarding_flag, created_at)
            VALUES (gen_random_uuid(), {score}, 'x', true, 'Received', false, now())
            """));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task Anonymous_feedback_cannot_name_its_author()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(database.ConnectionString, $"""
            INSERT INTO feedback (id, text, anonymous, author_person_id, status, safeguarding_flag, created_at)
            VALUES (gen_random_uuid(), 'x', true, '{DemoFamiliesNorth.JordanHarlow}', 'Received', false, now())
            """));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task The_same_idempotency_key_cannot_store_feedback_twice()
    {
        const string insert = """
            INSERT INTO feedback (id, text, anonymous, status, safeguarding_flag, created_at, idempotency_key)
            VALUES (gen_random_uuid(), 'x', true, 'Received', false, now(), 'retry-1')
            """;
        await Sql.ExecuteAsync(database.ConnectionString, insert);

        var error = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(database.ConnectionString, insert));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Fact]
    public async Task An_account_link_must_point_at_what_its_relationship_grants()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(database.ConnectionString, $"""
            INSERT INTO account_links (id, issuer, subject, relationship, worker_id, created_at)
            VALUES (gen_random_uuid(), 'http://127.0.0.1:5200', 'someone', 'ParentOrCarer', '{DemoWorkers.PriyaNatt}', now())
            """));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }
}
