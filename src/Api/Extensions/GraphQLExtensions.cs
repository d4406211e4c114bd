using Microsoft.Extensions.Options;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Calendar;
using RightHelp.Api.Families;
using RightHelp.Api.Glossary;
using RightHelp.Api.GraphQL;
using RightHelp.Api.PlainLanguage;
using RightHelp.Api.Plans;
using RightHelp.Api.RateLimiting;
using RightHelp.GraphQL.AspNetCore;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.Extensions;

public static class GraphQLExtensions
{
    public static WebApplicationBuilder AddPortalGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddPortalGraphQL(builder.Configuration, builder.Environment.ContentRootPath, builder.Environment.IsDevelopment());
        return builder;
    }

    /// <summary>
    /// Everything the schema's resolvers need, shared by the app and the tests so they cannot
    /// drift: the glossary, the renderers, and per request the viewer, the audit trail and the
    /// audited family reads over the request's one database context.
    /// </summary>
    public static IServiceCollection AddPortalGraphQL(this IServiceCollection services, IConfiguration configuration, string contentRootPath, bool development)
    {
        services.AddOptions<GlossaryOptions>().Bind(configuration.GetSection(GlossaryOptions.Section));
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection(CalendarOptions.Section));
        services.AddOptions<ApiRateLimitOptions>().Bind(configuration.GetSection(ApiRateLimitOptions.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<PublicMutationLimiter>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var root = provider.GetRequiredService<IOptions<GlossaryOptions>>().Value.RootPath;
            return GlossaryLoader.Load(Path.GetFullPath(root, contentRootPath));
        });
        services.AddSingleton(provider => new PlainLanguageRenderer(provider.GetRequiredService<Glossary.Glossary>()));
        services.AddSingleton<SectionRenderer>();
        services.AddSingleton<CalendarLinks>();
        services.AddScoped<RequestDatabase>();
        services.AddScoped<ViewerAccessor>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<FamilyData>();
        services.AddDirectoryServices();
        services.AddSingleton(PortalSchema.Build());
        services.AddSingleton<IRequestExecutor>(provider => new RequestExecutor(
            provider.GetRequiredService<RightHelp.GraphQL.Types.Schema>(),
            new ExecutorOptions
            {
                // Lists without a first: argument count as ten each, so a family page (families, plans,
                // sections, terms) estimates in the tens of thousands while real ones are small.
                MaxFieldCost = 100_000,
                // Introspection and "Did you mean" hints both map the schema for a stranger: Development only.
                AllowIntrospection = development,
                IncludeSuggestions = development,
            },
            provider.GetRequiredService<ILogger<RequestExecutor>>()));
        return services;
    }

    public static IEndpointRouteBuilder MapPortalGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapGraphQL("/graphql");
        app.MapMeetingCalendars();
        return app;
    }
}
