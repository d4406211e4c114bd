using Microsoft.EntityFrameworkCore;
using Npgsql;
using RightHelp.Api.Data;

namespace RightHelp.Api.Directory;

/// <summary>
/// The words that occur in published listings, plus the everyday-words vocabulary, kept in
/// memory so a misspelt search word ("anxeity", "domestik") can be corrected to a word that
/// can match. Reloaded after a few minutes, so new listings' words are learned without a restart.
/// </summary>
public sealed class DirectoryVocabulary(TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim loading = new(1, 1);
    private DirectoryWords? current;

    public async Task<DirectoryWords> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var snapshot = current;
        if (snapshot is not null && time.GetUtcNow() - snapshot.LoadedAt < MaxAge)
        {
            return snapshot;
        }
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (current is null || time.GetUtcNow() - current.LoadedAt >= MaxAge)
            {
                current = new DirectoryWords(await LoadWordsAsync(db, cancellationToken), time.GetUtcNow());
            }
            return current;
        }
        finally
        {
            loading.Release();
        }
    }

    private static async Task<List<string>> LoadWordsAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }
        try
        {
            // The 'simple' configuration keeps words unstemmed, so corrections are real words.
            const string sql = """
                SELECT word FROM ts_stat($$
                    SELECT to_tsvector('simple', name || ' ' || taxonomy_words || ' ' || description)
                    FROM services WHERE status = 'Active'
                $$) WHERE length(word) >= 3 AND word ~ '^[a-z]+$'
                """;
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var words = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                words.Add(reader.GetString(0));
            }
            return words;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
