namespace RightHelp.GraphQL.AspNetCore;

/// <summary>Options of one GraphQL over HTTP endpoint mapped with <c>MapGraphQL</c>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest request body accepted; bigger bodies get 413 before they are parsed.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether queries may be sent with GET (mutations never may).</summary>
    public bool AllowGetRequests { get; set; } = true;

    /// <summary>How a GET proves it is not a forged cross-site request.</summary>
    public GetRequestCsrfPolicy GetRequestCsrfPolicy { get; set; } = GetRequestCsrfPolicy.RequirePreflightWhenCookiesPresent;

    /// <summary>
    /// Serves GraphiQL to browsers that ask for HTML at the endpoint's path. <c>MapGraphQL</c> sets it
    /// to whether the host environment is Development before the caller's configuration runs.
    /// </summary>
    public bool EnableIde { get; set; }
}
