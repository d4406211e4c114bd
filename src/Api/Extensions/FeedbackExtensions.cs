using Microsoft.Extensions.DependencyInjection.Extensions;
using RightHelp.Api.YouSaidWeDid;
using RightHelp.Api.YouSaidWeDid.Anonymising;
using RightHelp.Api.YouSaidWeDid.Dashboard;
using RightHelp.Api.YouSaidWeDid.Safeguarding;
using RightHelp.Api.YouSaidWeDid.Themes;

namespace RightHelp.Api.Extensions;

public static class FeedbackExtensions
{
    /// <summary>"You said, we did": submission, staff handling, the public board and the dashboard.</summary>
    public static WebApplicationBuilder AddFeedback(this WebApplicationBuilder builder)
    {
        builder.Services.AddFeedback();
        return builder;
    }

    /// <summary>The same registrations for hosts without a web builder (tests, commands). Needs a <c>PortalDbContext</c>.</summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SafeguardingScreen>();
        services.TryAddSingleton<ThemeSuggester>();
        services.TryAddSingleton<QuoteAnonymiser>();
        services.TryAddScoped<FeedbackAudit>();
        services.TryAddScoped<DutyTeamAlerts>();
        services.TryAddScoped<DutyTeamQueue>();
        services.TryAddScoped<FeedbackService>();
        services.TryAddScoped<YouSaidWeDidBoard>();
        services.TryAddScoped<FeedbackDashboard>();
        return services;
    }
}
