using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RightHelp.ServiceDefaults;

public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>Registers a readiness check that opens a connection to the named database.</summary>
    public static IHealthChecksBuilder AddDatabaseHealthCheck(this IServiceCollection services, string connectionString)
        => services.AddHealthChecks().AddCheck("database", new DatabaseHealthCheck(connectionString), tags: [ReadyTag]);

    /// <summary>
    /// <c>/health/live</c> answers while the process runs; <c>/health/ready</c> only when its
    /// dependencies (the database) answer too, so a load balancer and <c>./run</c> wait for it.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
