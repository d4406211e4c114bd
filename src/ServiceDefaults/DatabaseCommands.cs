using System.Reflection;

namespace RightHelp.ServiceDefaults;

/// <summary>
/// Migrations run as a deliberate step (<c>dotnet run -- migrate</c>), never on a request path
/// or silently at start-up.
/// </summary>
public static class DatabaseCommands
{
    /// <summary>Runs <c>migrate</c> if it is the first argument; returns true when it did.</summary>
    public static async Task<bool> TryRunMigrateAsync(string[] args, string? connectionString, Assembly scripts)
    {
        if (args.Length == 0 || args[0] != "migrate")
        {
            return false;
        }
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("No connection string is set, so there is nothing to migrate.");
        }
        var ran = await new SqlMigrator(connectionString, scripts).MigrateAsync();
        Console.WriteLine(ran.Count == 0 ? "Database is up to date." : $"Applied {ran.Count} migration(s): {string.Join(", ", ran)}");
        return true;
    }
}
