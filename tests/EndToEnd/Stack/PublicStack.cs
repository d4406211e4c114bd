using RightHelp.TestSupport;

namespace RightHelp.EndToEnd.Stack;

/// <summary>The Api over the demo data and a public Portal reading from it, started once for a journey class.</summary>
public sealed class PublicStack : IAsyncLifetime
{
    private TestDatabase? database;

    public ApiHost Api { get; private set; } = null!;

    public PublicPortalHost Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Api, database) = await ApiHost.StartAsync();
        Portal = PublicPortalHost.Start(Api.Address);
    }

    public async Task DisposeAsync()
    {
        // Either may be missing when starting failed; the first error is the one worth reading.
        if (Portal is { } portal)
        {
            await portal.DisposeAsync();
        }
        if (Api is { } api)
        {
            await api.DisposeAsync();
        }
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
