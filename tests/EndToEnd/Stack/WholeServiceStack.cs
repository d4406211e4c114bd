using Npgsql;
using OtpNet;
using RightHelp.TestSupport;

namespace RightHelp.EndToEnd.Stack;

/// <summary>
/// Identity, the Api and a Portal that signs in at Identity and calls the Api: the whole
/// service, each part on its own port with its own database, started once for a journey class.
/// </summary>
public sealed class WholeServiceStack : IAsyncLifetime
{
    private readonly Dictionary<string, long> lastTotpStep = [];
    private readonly SemaphoreSlim totpLock = new(1, 1);
    private TestDatabase? identityDatabase;
    private TestDatabase? apiDatabase;
    private string totpSecret = "";

    public IdentityHost Identity { get; private set; } = null!;

    public ApiHost Api { get; private set; } = null!;

    public SignedInPortalHost Portal { get; private set; } = null!;

    /// <summary>The Api's own database, for a journey that stands in for a system outside Right Help.</summary>
    public string ApiConnectionString => apiDatabase?.ConnectionString ?? throw new InvalidOperationException("The stack has not started.");

    public async Task InitializeAsync()
    {
        (Identity, identityDatabase) = await IdentityHost.StartAsync();
        (Api, apiDatabase) = await ApiHost.StartAsync(Identity.Address);
        Portal = SignedInPortalHost.Start(Identity.Address, Api.Address);
        await Identity.RegisterPortalAsync(Portal.Address);
        await using var connection = new NpgsqlConnection(identityDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Value\" FROM \"AspNetUserTokens\" WHERE \"Name\" = 'AuthenticatorKey' LIMIT 1", connection);
        totpSecret = (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// The demo staff's authenticator code. Identity accepts each time step once per account, and
    /// one step either side of now, so the current step leaves a margin for the page to be sent;
    /// a second sign-in for the same account uses a later step, waiting only if it is too early.
    /// </summary>
    public async Task<string> TotpCodeAsync(string email)
    {
        await totpLock.WaitAsync();
        try
        {
            var totp = new Totp(Base32Encoding.ToBytes(totpSecret));
            var now = DateTime.UtcNow;
            var step = Math.Max(Step(now), lastTotpStep.GetValueOrDefault(email, long.MinValue) + 1);
            while (step > Step(DateTime.UtcNow) + 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
            lastTotpStep[email] = step;
            return totp.ComputeTotp(DateTime.UnixEpoch.AddSeconds(step * 30));
        }
        finally
        {
            totpLock.Release();
        }
    }

    public async Task DisposeAsync()
    {
        // Any part may be missing when starting failed half way.
        foreach (var host in new IAsyncDisposable?[] { Portal, Api, Identity })
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }
        foreach (var database in new[] { apiDatabase, identityDatabase })
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }
        }
        totpLock.Dispose();
    }

    private static long Step(DateTime at) => (long)(at - DateTime.UnixEpoch).TotalSeconds / 30;
}
