using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace RightHelp.ServiceDefaults;

/// <summary>
/// Applies versioned SQL scripts (embedded resources named <c>NNNN_name.sql</c>) in order.
/// </summary>
/// <remarks>
/// <c>dotnet ef</c> cannot be installed here, so migrations are plain SQL checked into
/// <c>Data/Migrations</c>. Each script runs in its own transaction and is recorded in
/// <c>schema_migrations</c> with a checksum, so an edited script that already ran is refused
/// rather than silently skipped. An advisory lock keeps two instances from migrating at once.
/// </remarks>
public sealed class SqlMigrator(string connectionString, Assembly scriptsAssembly)
{
    private const long AdvisoryLockKey = 0x5249474854; // "RIGHT"

    public IReadOnlyList<MigrationScript> Scripts { get; } = LoadScripts(scriptsAssembly);

    /// <summary>Applies every script not yet applied; returns the names of those it ran.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    id text PRIMARY KEY,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken);

            var applied = new Dictionary<string, string>(StringComparer.Ordinal);
            await using (var read = new NpgsqlCommand("SELECT id, checksum FROM schema_migrations", connection))
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied[reader.GetString(0)] = reader.GetString(1);
                }
            }

            var ran = new List<string>();
            foreach (var script in Scripts)
            {
                if (applied.TryGetValue(script.Id, out var checksum))
                {
                    if (checksum != script.Checksum)
                    {
                        throw new InvalidOperationException(
                            $"Migration {script.Id} has changed since it was applied. Add a new script instead of editing an applied one.");
                    }
                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
                await using (var record = new NpgsqlCommand(
                    "INSERT INTO schema_migrations (id, checksum) VALUES (@id, @checksum)", connection, transaction))
                {
                    record.Parameters.AddWithValue("id", script.Id);
                    record.Parameters.AddWithValue("checksum", script.Checksum);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
                ran.Add(script.Id);
            }
            return ran;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<MigrationScript> LoadScripts(Assembly assembly)
    {
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.EndsWith(".sql", StringComparison.Ordinal) || !resource.Contains(".Migrations.", StringComparison.Ordinal))
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var sql = reader.ReadToEnd();
            var fileName = resource[(resource.LastIndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..];
            var id = fileName[..^".sql".Length];
            var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
            scripts.Add(new MigrationScript(id, sql, checksum));
        }
        scripts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return scripts;
    }
}
