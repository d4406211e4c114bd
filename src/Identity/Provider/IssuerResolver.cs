namespace RightHelp.Identity.Provider;

/// <summary>
/// The issuer is <c>Identity:Issuer</c> when set (required outside Development, where it must
/// be https); in Development it is the address the request came to, so tests on a random port work.
/// </summary>
public sealed class IssuerResolver(IConfiguration configuration, IHostEnvironment environment)
{
    public string Resolve(HttpContext http)
    {
        if (configuration["Identity:Issuer"] is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("Set Identity:Issuer to the provider's https address.");
        }
        return $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
    }
}
