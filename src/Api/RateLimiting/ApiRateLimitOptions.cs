using RightHelp.ServiceDefaults.RateLimiting;

namespace RightHelp.Api.RateLimiting;

/// <summary>
/// GraphQL limits (<c>RateLimits</c> in configuration). The Portal calls the Api from its own
/// address for every anonymous visitor, so the address limit is sized for that; the per-person
/// protection for the public forms is the Portal's own limit.
/// </summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>GraphQL requests per signed-in person (the token's <c>sub</c>).</summary>
    public RateLimit GraphQLPerUser { get; set; } = new(600, 60);

    /// <summary>GraphQL requests per client address, signed in or not.</summary>
    public RateLimit GraphQLPerAddress { get; set; } = new(3000, 60);

    /// <summary>Each public mutation (feedback, out-of-date reports, shortlists) per client address.</summary>
    public RateLimit PublicMutation { get; set; } = new(300, 300);
}
