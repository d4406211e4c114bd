using Npgsql;
using RightHelp.TestSupport;

namespace RightHelp.EndToEnd.Stack;

/// <summary>Identity, the Api with the demo families, and a Portal that signs in at one and reads from the other.</summary>
public sealed class FamilyStack : IAsyncLifetime
{
    private TestDatabase? identityDatabase;
    private TestDatabase? apiDatabase;

    public IdentityHost Identity { get; private set; } = null!;

    public ApiHost Api { get; private set; } = null!;

    public SignedInPortalHost Portal { get; private set; } = null!;

    /// <summary>The staff TOTP secret (base32) the demo seeding gave every staff account.</summary>
    public string TotpSecret { get; private set; } = "";

    public async Task InitializeAsync()
    {
        (Identity, identityDatabase) = await IdentityHost.StartAsync();
        (Api, apiDatabase) = await ApiHost.StartAsync(Identity.Address);
        Portal = SignedInPortalHost.Start(Identity.Address, Api.Address);
        await Identity.RegisterPortalAsync(Portal.Address);
        await using var connection = new NpgsqlConnection(identityDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Value\" FROM \"AspNetUserTokens\" WHERE \"Name\" = 'AuthenticatorKey' LIMIT 1", connection);
        TotpSecret = (string)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Api.DisposeAsync();
        await Identity.DisposeAsync();
        foreach (var database in new[] { apiDatabase, identityDatabase })
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }
        }
    }
}
