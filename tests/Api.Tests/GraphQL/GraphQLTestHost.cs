using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightHelp.Api.Data;
using RightHelp.Api.Extensions;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.Tests.GraphQL;

/// <summary>
/// The production schema and service registrations (<see cref="GraphQLExtensions.AddPortalGraphQL(IServiceCollection, IConfiguration, string, bool)"/>)
/// over a test database, executing documents as a given principal, one DI scope per request as the
/// HTTP endpoint does. Counts SQL commands.
/// </summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public GraphQLTestHost(string connectionString, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Content:RootPath"] = RepositoryPaths.Content })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(Commands);
        services.AddDbContext<PortalDbContext>(options => options.UsePortalDatabase(connectionString).AddInterceptors(Commands));
        services.AddPortalGraphQL(configuration, AppContext.BaseDirectory, development: true);
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public CommandCounter Commands { get; } = new();

    public IServiceProvider Services => _services;

    public async Task<GraphQLResponse> ExecuteAsync(string query, ClaimsPrincipal? user, object? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var executor = scope.ServiceProvider.GetRequiredService<IRequestExecutor>();
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonSerializer.SerializeToElement(variables),
        };
        var result = await executor.ExecuteAsync(request, new RequestContext { Services = scope.ServiceProvider, User = user }, CancellationToken.None);
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }
        return new GraphQLResponse(JsonDocument.Parse(buffer.ToArray()).RootElement.Clone(), Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
