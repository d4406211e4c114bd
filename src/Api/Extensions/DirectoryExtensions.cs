using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.AddSingleton<DirectoryVocabulary>();
        services.AddScoped<DirectorySearch>();
        services.AddScoped<OrukReader>();
        return services;
    }

    /// <summary>The Open Referral UK 3.0 API under <c>/oruk</c>.</summary>
    public static IEndpointRouteBuilder MapOrukApi(this IEndpointRouteBuilder app)
    {
        app.MapOrukEndpoints();
        return app;
    }
}
