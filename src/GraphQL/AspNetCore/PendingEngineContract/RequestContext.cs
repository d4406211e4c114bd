namespace RightHelp.GraphQL.Execution;

public sealed class RequestContext
{
    public required IServiceProvider Services { get; init; }
    public System.Security.Claims.ClaimsPrincipal? User { get; init; }
    public bool AllowMutations { get; init; } = true;
    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>();
}
