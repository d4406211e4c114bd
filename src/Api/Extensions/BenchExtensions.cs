using RightHelp.Api.Bench;

namespace RightHelp.Api.Extensions;

public static class BenchExtensions
{
    /// <summary>
    /// The plain endpoints the benchmark suite measures GraphQL's overhead against: mapped in Development,
    /// or when <c>Bench:Enabled</c> is true, and never in Production whatever the setting says. They read
    /// family data only through the same audited accessor as GraphQL, so they grant nothing it does not.
    /// </summary>
    public static IEndpointRouteBuilder MapBenchEndpoints(this WebApplication app)
    {
        if (app.Environment.IsProduction()
            || !(app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>(BenchOptions.EnabledSetting)))
        {
            return app;
        }
        var bench = app.MapGroup("/bench");
        bench.MapPost("/plan", BenchPlanEndpoint.HandleAsync);
        bench.MapPost("/directory-search", BenchDirectoryEndpoint.HandleAsync);
        return app;
    }
}
