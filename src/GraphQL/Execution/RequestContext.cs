using System.Security.Claims;

namespace RightHelp.GraphQL.Execution;

/// <summary>What the caller (transport) tells the executor.</summary>
public sealed class RequestContext
{
    /// <summary>Request-scoped services for resolvers.</summary>
    public required IServiceProvider Services { get; init; }
    public ClaimsPrincipal? User { get; init; }

    /// <summary>GET may only run queries: the HTTP layer passes false here for GET.</summary>
    public bool AllowMutations { get; init; } = true;
    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>();
}
