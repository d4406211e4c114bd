using RightHelp.Api.Data;
using RightHelp.Api.Resilience;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.Extensions;

public static class ResilienceExtensions
{
    /// <summary>
    /// How the Api behaves while PostgreSQL restarts or fails over: requests fail at once with a
    /// retryable 503 (GraphQL: <c>extensions.code = SERVICE_UNAVAILABLE</c>), dead pooled
    /// connections are dropped, and service resumes by itself. Call after the data and GraphQL registrations, whose executor it wraps.
    /// </summary>
    public static WebApplicationBuilder AddDatabaseResilience(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton<DatabaseFaultInterceptor>();
        services.ConfigureDbContext<PortalDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<DatabaseFaultInterceptor>()));

        var executor = services.Last(d => d.ServiceType == typeof(IRequestExecutor));
        services.Remove(executor);
        services.AddSingleton<IRequestExecutor>(provider => new ServiceUnavailableRequestExecutor(
            (IRequestExecutor)(executor.ImplementationInstance ?? executor.ImplementationFactory?.Invoke(provider) ?? ActivatorUtilities.CreateInstance(provider, executor.ImplementationType!)),
            provider.GetRequiredService<IHttpContextAccessor>()));
        // First in the pipeline, so every endpoint's transient database failure becomes a 503.
        services.AddTransient<IStartupFilter, DatabaseUnavailableStartupFilter>();
        return builder;
    }
}
