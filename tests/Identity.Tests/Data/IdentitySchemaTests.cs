using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RightHelp.Identity.Data;
using RightHelp.Identity.Tests.Support;
using RightHelp.ServiceDefaults;
using RightHelp.TestSupport;

namespace RightHelp.Identity.Tests.Data;

/// <summary>The SQL scripts and the EF Core model cannot drift apart unnoticed.</summary>
public sealed class IdentitySchemaTests
{
    [Fact]
    public async Task Migrated_schema_equals_the_schema_EF_Core_creates_from_the_model()
    {
        await using var migrated = await TestDatabase.CreateEmptyAsync();
        await using var created = await TestDatabase.CreateEmptyAsync();
        await new SqlMigrator(migrated.ConnectionString, typeof(IdentityDataContext).Assembly).MigrateAsync();
        // The model as the running app builds it: Identity's store options (key lengths, schema
        // version 3 with passkeys) come from the app's services, not from the context alone.
        await using (var app = new IdentityApp(created.ConnectionString, "Development", null))
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentityDataContext>().Database.EnsureCreatedAsync();
        }

        var expected = await DescribeAsync(created.ConnectionString);
        var actual = await DescribeAsync(migrated.ConnectionString);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Migrating_twice_applies_each_identity_script_once()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        var migrator = new SqlMigrator(database.ConnectionString, typeof(IdentityDataContext).Assembly);

        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();

        Assert.Contains("0001_identity", first);
        Assert.Contains("0002_passkeys", first);
        Assert.Empty(second);
    }

    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        const string sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable
                   || ' len=' || coalesce(character_maximum_length::text, '-') || ' default=' || coalesce(column_default, '-')
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> 'schema_migrations'
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'schema_migrations'
            ORDER BY 1
            """;
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
