using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightHelp.Api.Data;
using RightHelp.Api.Extensions;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Benchmarks.SqlCount;

/// <summary>
/// The Api's production schema and registrations (<c>AddPortalGraphQL</c>) in this process over a given
/// database, one scope per request as the HTTP endpoint makes, with every SQL command counted.
/// </summary>
public sealed class InProcessApi : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public InProcessApi(string connectionString)
    {
        var root = RepositoryRoot();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Content:RootPath"] = Path.Combine(root, "content") })
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // Pooled as the Api registers it (AddPortalData).
        collection.AddDbContextPool<PortalDbContext>(options => options.UsePortalDatabase(connectionString).AddInterceptors(Commands));
        collection.AddPortalGraphQL(configuration, Path.Combine(root, "src", "Api"), development: true);
        // The feedback resolvers' services (the app's AddFeedback): without them staff feedback fails as an unexpected error.
        collection.AddFeedback();
        services = collection.BuildServiceProvider();
    }

    public CommandCounter Commands { get; } = new();

    public IServiceProvider Services => services;

    /// <param name="rollBack">
    /// Runs the request inside a transaction on the request's one <see cref="PortalDbContext"/> and rolls it
    /// back, so a mutation (its writes and its audit row) can be run again on the same data. Every command the
    /// request sends is still counted; only the BEGIN and ROLLBACK (not commands, not counted) are added.
    /// </param>
    public async Task<ExecutionResult> ExecuteAsync(string query, ClaimsPrincipal? user, IReadOnlyDictionary<string, object?>? variables, bool rollBack = false)
    {
        await using var scope = services.CreateAsyncScope();
        var executor = scope.ServiceProvider.GetRequiredService<IRequestExecutor>();
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonSerializer.SerializeToElement(variables),
        };
        var context = new RequestContext { Services = scope.ServiceProvider, User = user };
        if (!rollBack)
        {
            return await executor.ExecuteAsync(request, context, CancellationToken.None);
        }
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // Without savepoints SaveChanges sends what it sends outside a transaction (its own BEGIN/COMMIT aside).
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await executor.ExecuteAsync(request, context, CancellationToken.None);
        await transaction.RollbackAsync();
        return result;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
