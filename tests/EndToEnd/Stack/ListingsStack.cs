using Npgsql;
using RightHelp.TestSupport;

namespace RightHelp.EndToEnd.Stack;

/// <summary>
/// Identity, the Api trusting it, and a Portal signing in there and reading from that Api. The
/// demo account links name Identity's usual address; here Identity runs on a free port, so the
/// links in this stack's own database are pointed at it.
/// </summary>
public sealed class ListingsStack : IAsyncLifetime
{
    private TestDatabase? identityDatabase;
    private TestDatabase? portalDatabase;

    public IdentityHost Identity { get; private set; } = null!;

    public PortalApiHost Api { get; private set; } = null!;

    public SignedInPortalHost Portal { get; private set; } = null!;

    /// <summary>The demo staff accounts' authenticator secret (base32).</summary>
    public string TotpSecret { get; private set; } = "";

    public async Task InitializeAsync()
    {
        (Identity, identityDatabase) = await IdentityHost.StartAsync();
        (Api, portalDatabase) = await PortalApiHost.StartAsync(Identity.Address);
        Portal = SignedInPortalHost.Start(Identity.Address, Api.Address);
        await Identity.RegisterPortalAsync(Portal.Address);
        await ExecuteAsync(portalDatabase.ConnectionString, "UPDATE account_links SET issuer = @issuer", Identity.Address.ToString().TrimEnd('/'));
        TotpSecret = await ScalarAsync(identityDatabase.ConnectionString, "SELECT \"Value\" FROM \"AspNetUserTokens\" WHERE \"Name\" = 'AuthenticatorKey' LIMIT 1");
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Api.DisposeAsync();
        await Identity.DisposeAsync();
        foreach (var database in new[] { portalDatabase, identityDatabase })
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, string issuer)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("issuer", issuer);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
