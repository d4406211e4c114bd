using Npgsql;

namespace RightHelp.Api.Tests.Infrastructure;

/// <summary>
/// The public schema as comparable lines (tables, columns, constraints, indexes, extensions),
/// read from the catalogs. <c>schema_migrations</c> is left out: only the migrator has it.
/// </summary>
public static class SchemaSnapshot
{
    private const string Query = """
        SELECT 'table ' || table_name
        FROM information_schema.tables
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
        UNION ALL
        SELECT format('column %s.%s %s null=%s default=%s generated=%s',
                      c.table_name, c.column_name,
                      CASE WHEN c.data_type = 'ARRAY' THEN c.udt_name ELSE c.data_type END,
                      c.is_nullable, coalesce(c.column_default, ''), coalesce(c.generation_expression, ''))
        FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.table_name <> 'schema_migrations'
        UNION ALL
        SELECT format('constraint %s.%s %s', rel.relname, con.conname, pg_get_constraintdef(con.oid))
        FROM pg_constraint con
        JOIN pg_class rel ON rel.oid = con.conrelid
        JOIN pg_namespace ns ON ns.oid = rel.relnamespace
        WHERE ns.nspname = 'public' AND rel.relname <> 'schema_migrations'
        UNION ALL
        SELECT format('index %s.%s %s', tablename, indexname, indexdef)
        FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> 'schema_migrations'
        UNION ALL
        SELECT 'extension ' || extname FROM pg_extension
        """;

    public static async Task<SortedSet<string>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }
}
