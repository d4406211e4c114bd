namespace RightHelp.GraphQL.AspNetCore;

/// <summary>
/// When a GET request must prove that it is not a cross-site "simple request" (one a browser sends
/// without a CORS preflight). POST needs no policy: only <c>application/json</c> bodies are accepted,
/// and a browser always preflights those.
/// </summary>
public enum GetRequestCsrfPolicy
{
    /// <summary>
    /// A simple GET that carries cookies is refused unless it has a <c>GraphQL-Preflight</c> header,
    /// an <c>Authorization</c> header or a non-simple content type. Without ambient credentials a
    /// forged GET can only run a read-only query as nobody, whose answer the attacker cannot read.
    /// </summary>
    RequirePreflightWhenCookiesPresent,

    /// <summary>Every simple GET is refused. Safest, but plain links and some tools stop working.</summary>
    AlwaysRequirePreflight,
}
