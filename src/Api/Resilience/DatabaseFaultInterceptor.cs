using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace RightHelp.Api.Resilience;

/// <summary>
/// Watches the request's database calls. A transient failure marks the request (see
/// <see cref="DatabaseUnavailableFeature"/>) and, when the server went away, empties the
/// connection pool: after a restart every idle pooled connection is dead, and without this each
/// would fail one more request before being replaced.
/// </summary>
public sealed class DatabaseFaultInterceptor(IHttpContextAccessor http) : DbConnectionInterceptor, IDbCommandInterceptor
{
    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Seen(connection, eventData.Exception);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Seen(connection, eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Seen(command.Connection, eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Seen(command.Connection, eventData.Exception);
        return Task.CompletedTask;
    }

    private void Seen(DbConnection? connection, Exception exception)
    {
        if (!TransientDatabaseErrors.IsTransient(exception))
        {
            return;
        }
        if (http.HttpContext is { } context && context.Features.Get<DatabaseUnavailableFeature>() is null)
        {
            context.Features.Set(new DatabaseUnavailableFeature());
        }
        if (connection is NpgsqlConnection npgsql && TransientDatabaseErrors.MeansServerWentAway(exception))
        {
            NpgsqlConnection.ClearPool(npgsql);
        }
    }
}
