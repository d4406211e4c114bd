using RightHelp.TestSupport;

namespace RightHelp.EndToEnd.Stack;

/// <summary>The Api over seeded demo data and a public Portal reading from it, started once for a journey class.</summary>
public sealed class OffersStack : IAsyncLifetime
{
    private TestDatabase? database;

    public PortalApiHost Api { get; private set; } = null!;

    public PublicPortalHost Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Api, database) = await PortalApiHost.StartAsync();
        Portal = PublicPortalHost.Start(Api.Address);
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Api.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
