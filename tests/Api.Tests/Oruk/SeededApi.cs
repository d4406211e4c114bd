using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Oruk;

/// <summary>A seeded database of its own and the real Api serving it on a local port.</summary>
public sealed class SeededApi : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public ApiServer Server { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await PortalDatabase.CreateSeededAsync();
        Server = new ApiServer(Database.ConnectionString);
        Client = Server.CreateHttpClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        await Database.DisposeAsync();
    }
}
