using RightHelp.TestSupport;

namespace RightHelp.EndToEnd.Stack;

/// <summary>The Api over the demo data and a Portal reading from it, started once for a journey class.</summary>
public sealed class DirectoryStack : IAsyncLifetime
{
    private TestDatabase? database;

    public DirectoryApiHost Api { get; private set; } = null!;

    public ApiBackedPortalHost Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Api, database) = await DirectoryApiHost.StartAsync();
        Portal = ApiBackedPortalHost.Start(Api.Address);
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
