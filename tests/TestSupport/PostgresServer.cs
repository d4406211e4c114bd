using Npgsql;

namespace RightHelp.TestSupport;

/// <summary>
/// The throwaway PostgreSQL cluster that <c>./test</c> starts. Tests need a real server:
/// there is no in-memory stand-in, because the behaviour that matters (constraints,
/// full-text search, transactions) lives in PostgreSQL.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "RIGHTHELP_TEST_PG";

    /// <summary>A connection string to the server's <c>postgres</c> database, as a superuser.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. Run the tests with ./test, which starts a throwaway PostgreSQL cluster.");

    public static string ConnectionStringFor(string database)
        => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    internal static async Task ExecuteAsync(string sql, string? database = null)
    {
        await using var connection = new NpgsqlConnection(database is null ? AdminConnectionString : ConnectionStringFor(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
