using Npgsql;

namespace RightHelp.Benchmarks.SqlCount;

/// <summary>
/// Makes every list a page shows ten times longer: copies the rows of each listed table nine times with
/// new ids (and new values where a column must be unique), in one statement per table. Rows that point
/// at a copied parent keep pointing at the original, which is what a longer list needs.
/// </summary>
public static class DataGrowth
{
    public static readonly IReadOnlyList<string> Tables =
    [
        "plans", "plan_actions", "meetings", "meeting_attendees", "questions", "feedback", "feedback_responses",
        "offers", "partnership_meetings", "locality_profile_items", "listing_changes", "out_of_date_reports", "audit_events",
    ];

    /// <returns>Each table with its rows before and after; a table that could not grow says why.</returns>
    public static async Task<IReadOnlyList<(string Table, long Before, long After, string? Problem)>> GrowAsync(string connectionString, int factor)
    {
        var grown = new List<(string, long, long, string?)>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            var before = await CountAsync(connection, table);
            string? problem = null;
            try
            {
                await using var command = new NpgsqlCommand(await CopySqlAsync(connection, table, factor - 1), connection);
                await command.ExecuteNonQueryAsync();
            }
            catch (PostgresException e)
            {
                problem = e.MessageText;
            }
            grown.Add((table, before, await CountAsync(connection, table), problem));
        }
        return grown;
    }

    private static async Task<string> CopySqlAsync(NpgsqlConnection connection, string table, int copies)
    {
        await using var command = new NpgsqlCommand("""
            SELECT column_name, data_type, is_nullable = 'YES' FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = @table AND is_generated = 'NEVER' AND is_identity = 'NO'
            ORDER BY ordinal_position
            """, connection);
        command.Parameters.AddWithValue("table", table);
        var columns = new List<string>();
        var values = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var (name, type, nullable) = (reader.GetString(0), reader.GetString(1), reader.GetBoolean(2));
                columns.Add($"\"{name}\"");
                values.Add(name switch
                {
                    "id" or "key" => "gen_random_uuid()",
                    "position" => "t.position + k * 10000",
                    "external_reference" or "external_source" when nullable => "NULL",
                    _ when name.Contains("token", StringComparison.Ordinal) || name.Contains("idempotency", StringComparison.Ordinal)
                        => type == "uuid" ? "gen_random_uuid()" : "md5(random()::text || k::text)",
                    _ => $"t.\"{name}\"",
                });
            }
        }
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} FROM {table} t CROSS JOIN generate_series(1, {copies}) AS k";
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
