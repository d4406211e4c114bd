using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.AspNetCore;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IRequestExecutor"/> that <c>MapGraphQL</c> resolves: one executor (and so
    /// one document cache) per application. Without <paramref name="options"/>, introspection is allowed
    /// in Development only, so production schemas are not advertised by default.
    /// </summary>
    public static IServiceCollection AddGraphQLExecutor(
        this IServiceCollection services,
        Func<IServiceProvider, Schema> schema,
        Func<IHostEnvironment, ExecutorOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= DefaultOptions;
        services.AddSingleton<IRequestExecutor>(provider => new RequestExecutor(
            schema(provider),
            options(provider.GetRequiredService<IHostEnvironment>()),
            provider.GetService<ILogger<RequestExecutor>>()));
        return services;
    }

    /// <summary>
    /// The engine's production limits, with introspection and "Did you mean" hints only in Development. Development also lifts the
    /// cost limit: it counts introspection fields, and prices GraphiQL's schema query at about 52,000.
    /// </summary>
    public static ExecutorOptions DefaultOptions(IHostEnvironment environment) =>
        environment.IsDevelopment()
            ? new() { AllowIntrospection = true, MaxFieldCost = 0 }
            : new() { AllowIntrospection = false, IncludeSuggestions = false };
}
