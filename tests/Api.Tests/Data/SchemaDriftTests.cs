using Npgsql;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Data;

/// <summary>
/// The SQL scripts are the schema; the EF model is how the code sees it. This keeps the two
/// equal: add a migration script whenever the model changes (start from <c>schema-script</c>).
/// </summary>
public sealed class SchemaDriftTests : IAsyncLifetime
{
    private TestDatabase migrated = null!;
    private TestDatabase created = null!;

    public async Task InitializeAsync()
    {
        migrated = await PortalDatabase.CreateMigratedAsync();
        created = await TestDatabase.CreateEmptyAsync();
    }

    public async Task DisposeAsync()
    {
        await migrated.DisposeAsync();
        await created.DisposeAsync();
    }

    [Fact]
    public async Task Migrated_schema_matches_the_ef_model()
    {
        await using (var db = PortalDatabase.CreateContext(created.ConnectionString))
        {
            Assert.True(await db.Database.EnsureCreatedAsync());
        }

        var fromScripts = await SchemaSnapshot.ReadAsync(migrated.ConnectionString);
        var fromModel = await SchemaSnapshot.ReadAsync(created.ConnectionString);

        var missingFromScripts = fromModel.Except(fromScripts).ToList();
        var notInModel = fromScripts.Except(fromModel).ToList();
        Assert.True(missingFromScripts.Count == 0 && notInModel.Count == 0,
            "The migration scripts and the EF model differ.\n" +
            $"In the model, missing from the scripts:\n  {string.Join("\n  ", missingFromScripts)}\n" +
            $"In the scripts, not in the model:\n  {string.Join("\n  ", notInModel)}");
        Assert.Contains(fromScripts, line => line.StartsWith("index services.ix_services_name_trgm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_snapshot_sees_a_change_to_a_column()
    {
        var before = await SchemaSnapshot.ReadAsync(migrated.ConnectionString);
        await using (var connection = new NpgsqlConnection(migrated.ConnectionString))
        {
            await connection.OpenAsync();
            await using var alter = new NpgsqlCommand("ALTER TABLE offers ALTER COLUMN title DROP NOT NULL", connection);
            await alter.ExecuteNonQueryAsync();
        }

        var after = await SchemaSnapshot.ReadAsync(migrated.ConnectionString);

        Assert.NotEqual(before, after);
        Assert.Contains("column offers.title text null=YES default= generated=", after);
    }
}
