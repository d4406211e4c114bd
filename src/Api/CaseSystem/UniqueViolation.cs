using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RightHelp.Api.CaseSystem;

/// <summary>
/// Two deliveries of the same record can race; the loser hits a unique index. Running the upsert
/// again then finds the winner's row and, content being equal, changes nothing.
/// </summary>
public static class UniqueViolation
{
    public static async Task<T> RetryOnceAsync<T>(Data.PortalDbContext db, Func<Task<T>> upsert)
    {
        try
        {
            return await upsert();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return await upsert();
        }
    }
}
