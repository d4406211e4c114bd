using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightHelp.Api.Data;
using RightHelp.Api.Extensions;

namespace RightHelp.Api.Tests.YouSaidWeDid;

/// <summary>The production registrations (<c>AddFeedback</c>) over a real test database, with logs captured.</summary>
public sealed class FeedbackHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public FeedbackHost(string connectionString, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddDbContext<PortalDbContext>(options => options.UsePortalDatabase(connectionString));
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        services.AddFeedback();
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public CapturedLogs Logs { get; } = new();

    /// <summary>Runs <paramref name="work"/> in its own scope, as one request would.</summary>
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<T> DbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task<List<AuditEvent>> AuditForAsync(Guid entityId)
        => DbAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.EntityId == entityId).OrderBy(a => a.OccurredAt).ToListAsync());

    public async ValueTask DisposeAsync() => await provider.DisposeAsync();
}
