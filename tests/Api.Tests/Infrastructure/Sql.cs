using Npgsql;

namespace RightHelp.Api.Tests.Infrastructure;

/// <summary>Plain SQL against a test database, for checks that should not go through the EF model under test.</summary>
public static class Sql
{
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<int> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<string>> ColumnAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }
        return values;
    }

    /// <summary>
    /// One line per table with its row count and a hash of every row, so any insert, update or
    /// delete anywhere shows up as a difference.
    /// </summary>
    public static async Task<List<string>> ContentFingerprintAsync(string connectionString)
    {
        var tables = await ColumnAsync(connectionString, """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'
            ORDER BY table_name
            """);
        var lines = new List<string>();
        foreach (var table in tables)
        {
            var fingerprint = await ScalarAsync<string>(connectionString,
                $"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t");
            lines.Add($"{table} {fingerprint}");
        }
        return lines;
    }
}
