using Npgsql;
using RightHelp.Api.Extensions;
using RightHelp.ServiceDefaults;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Data;

public sealed class MigrationTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateEmptyAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Migrating_twice_applies_each_script_once()
    {
        var migrator = new SqlMigrator(database.ConnectionString, typeof(DataExtensions).Assembly);

        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();

        Assert.Equal(migrator.Scripts.Select(s => s.Id), first);
        Assert.Empty(second);
        Assert.Equal(migrator.Scripts.Count, await CountAsync("SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task An_applied_script_that_was_edited_is_refused()
    {
        var migrator = new SqlMigrator(database.ConnectionString, typeof(DataExtensions).Assembly);
        await migrator.MigrateAsync();
        await ExecuteAsync("UPDATE schema_migrations SET checksum = 'edited' WHERE id = (SELECT min(id) FROM schema_migrations)");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync());

        Assert.Contains("has changed since it was applied", error.Message, StringComparison.Ordinal);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
