using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RightHelp.Benchmarks.SqlCount;

/// <summary>
/// Counts every SQL command EF Core sends (queries, scalars, writes), and of those the ones that write and
/// the ones that write the audit log, so a mutation's count can be seen to include its writes and audit row.
/// </summary>
public sealed partial class CommandCounter : DbCommandInterceptor
{
    private int count;
    private int writes;
    private int auditWrites;

    public int Count => Volatile.Read(ref count);

    /// <summary>Commands with an INSERT, UPDATE or DELETE (EF Core batches a SaveChanges into one or a few).</summary>
    public int Writes => Volatile.Read(ref writes);

    /// <summary>Commands that insert into audit_events.</summary>
    public int AuditWrites => Volatile.Read(ref auditWrites);

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        Interlocked.Exchange(ref writes, 0);
        Interlocked.Exchange(ref auditWrites, 0);
    }

    private void Counted(DbCommand command)
    {
        Interlocked.Increment(ref count);
        var text = command.CommandText;
        // A statement that starts with a write; not a SELECT … FOR UPDATE.
        if (WriteStatement().IsMatch(text))
        {
            Interlocked.Increment(ref writes);
        }
        if (text.Contains("INSERT INTO audit_events", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref auditWrites);
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    [GeneratedRegex(@"^\s*(INSERT INTO|UPDATE|DELETE FROM)\s", RegexOptions.Multiline)]
    private static partial Regex WriteStatement();
}
