using Microsoft.Extensions.DependencyInjection.Extensions;
using RightHelp.Api.Data;
using RightHelp.Api.Directory;
using RightHelp.Api.Oruk;

namespace RightHelp.Api.Extensions;

public static class DirectoryExtensions
{
    /// <summary>The early help directory: search over listings, and the Open Referral UK reader.</summary>
    public static WebApplicationBuilder AddDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddDirectoryServices();
        return builder;
    }

    public static IServiceCollection AddDirectoryServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectoryVocabulary>();
        services.TryAddScoped<DirectorySearch>();
        services.TryAddScoped<OrukReader>();
        return services;
    }

    /// <summary>The Open Referral UK 3.0 API under <c>/oruk</c>.</summary>
    public static IEndpointRouteBuilder MapOrukApi(this IEndpointRouteBuilder app)
    {
        app.MapOrukEndpoints();
        return app;
    }

    /// <summary>
    /// <c>import-hsds &lt;base-url&gt;</c>: loads the services of any HSDS 3 / Open Referral UK API
    /// into the portal database (migrate it first). Returns false for any other first argument.
    /// </summary>
    public static async Task<bool> RunDirectoryCommandAsync(this WebApplicationBuilder builder, string[] args)
    {
        if (args.FirstOrDefault() != "import-hsds")
        {
            return false;
        }
        if (args.Length < 2 || !Uri.TryCreate(args[1], UriKind.Absolute, out var baseUrl))
        {
            throw new ArgumentException("Usage: import-hsds <base-url>, such as https://directory.example.test/oruk");
        }
        await using var db = new PortalDbContext(DataExtensions.PortalDbContextOptions(builder.Configuration.PortalConnectionString()));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var counts = await new HsdsImporter(http, db, Console.Out).ImportAsync(baseUrl);
        Console.WriteLine($"Import finished: {counts}.");
        return true;
    }
}
