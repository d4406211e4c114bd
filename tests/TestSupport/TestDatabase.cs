using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace RightHelp.TestSupport;

/// <summary>
/// A database that one test class owns, copied from a template that is built once per
/// server. Copying a template takes tens of milliseconds, so every class gets fresh data
/// and no test depends on another's.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name)
    {
        Name = name;
        ConnectionString = PostgresServer.ConnectionStringFor(name);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Creates a database from the template <paramref name="templateKey"/>, building the
    /// template first with <paramref name="buildTemplate"/> if no process has done so yet.
    /// The key should change whenever what the template holds changes (hash the scripts).
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(string templateKey, Func<string, Task> buildTemplate)
    {
        var template = "tpl_" + Hash(templateKey);
        await EnsureTemplateAsync(template, buildTemplate);
        var name = "t_" + Guid.NewGuid().ToString("N")[..20];
        // CREATE DATABASE ... TEMPLATE fails while another session is connected to the template,
        // so concurrent copies are serialised by the same lock that guards building it.
        await WithLockAsync(template, () => PostgresServer.ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""));
        return new TestDatabase(name);
    }

    /// <summary>An empty database, for tests of the migrations themselves.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..20];
        await PostgresServer.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new TestDatabase(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task EnsureTemplateAsync(string template, Func<string, Task> buildTemplate)
    {
        await WithLockAsync(template, async () =>
        {
            await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", template);
            if (await exists.ExecuteScalarAsync() is not null)
            {
                return;
            }
            var building = template + "_building";
            await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
            await PostgresServer.ExecuteAsync($"CREATE DATABASE \"{building}\"");
            await buildTemplate(PostgresServer.ConnectionStringFor(building));
            NpgsqlConnection.ClearAllPools();
            // Renaming only once it is complete means a half-built template is never copied.
            await PostgresServer.ExecuteAsync($"ALTER DATABASE \"{building}\" RENAME TO \"{template}\"");
        });
    }

    private static async Task WithLockAsync(string key, Func<Task> action)
    {
        // Test projects run in parallel processes, so the lock lives in the server.
        await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await connection.OpenAsync();
        var lockId = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({lockId})", connection))
        {
            await take.ExecuteNonQueryAsync();
        }
        try
        {
            await action();
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({lockId})", connection);
            await release.ExecuteNonQueryAsync();
        }
    }

    private static string Hash(string value)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16].ToLowerInvariant();
}
