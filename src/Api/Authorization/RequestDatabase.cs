using RightHelp.Api.Data;

namespace RightHelp.Api.Authorization;

/// <summary>
/// The request's one <see cref="PortalDbContext"/>, used by one resolver at a time: GraphQL runs
/// sibling fields and DataLoader batches concurrently, and a DbContext must not be.
/// </summary>
public sealed class RequestDatabase(PortalDbContext db) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<PortalDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await work(db);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
