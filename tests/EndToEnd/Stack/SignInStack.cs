using RightHelp.TestSupport;

namespace RightHelp.EndToEnd.Stack;

/// <summary>Identity and a Portal that signs in there, started once for a journey class.</summary>
public sealed class SignInStack : IAsyncLifetime
{
    private TestDatabase? database;

    public IdentityHost Identity { get; private set; } = null!;

    public SignedInPortalHost Portal { get; private set; } = null!;

    /// <summary>Identity's own database, to see what the provider issued and revoked.</summary>
    public string IdentityConnectionString => database?.ConnectionString ?? throw new InvalidOperationException("The stack has not started.");

    public async Task InitializeAsync()
    {
        (Identity, database) = await IdentityHost.StartAsync();
        Portal = SignedInPortalHost.Start(Identity.Address);
        await Identity.RegisterPortalAsync(Portal.Address);
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Identity.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
