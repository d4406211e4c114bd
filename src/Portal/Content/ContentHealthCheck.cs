using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RightHelp.Portal.Content;

/// <summary>Ready when the content has loaded: without it the Portal has no accessibility statement to show.</summary>
public sealed class ContentHealthCheck(IContentStore content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            content.EnsureLoaded();
            return Task.FromResult(content.FindPage("accessibility-statement") is null
                ? HealthCheckResult.Unhealthy("The accessibility statement is missing from content/pages.")
                : HealthCheckResult.Healthy($"{content.Glossary.Count} glossary terms, {content.Levels.Count} levels of need."));
        }
        catch (ContentException e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message));
        }
    }
}
