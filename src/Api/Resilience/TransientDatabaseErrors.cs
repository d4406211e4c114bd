using System.Net.Sockets;
using Npgsql;

namespace RightHelp.Api.Resilience;

/// <summary>
/// Which database failures mean "try again shortly" (the server is restarting, failing over or
/// unreachable) rather than a fault in the request or in our code.
/// </summary>
public static class TransientDatabaseErrors
{
    public static bool IsTransient(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // Class 08 is connection trouble; 57P0x is a server shutting down, crashed or still starting; 53300 too many connections.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
            }
        }
        return false;
    }

    /// <summary>Failures after which pooled connections are probably dead too (the server went away).</summary>
    public static bool MeansServerWentAway(Exception exception)
        => IsTransient(exception) && exception is not PostgresException { SqlState: PostgresErrorCodes.TooManyConnections };
}
