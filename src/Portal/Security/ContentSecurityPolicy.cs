namespace RightHelp.Portal.Security;

/// <summary>
/// Builds the Content-Security-Policy. No inline script or style is allowed anywhere, so the
/// policy has no nonces or hashes to keep in step with the markup.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string Build(IEnumerable<string> formActionOrigins)
    {
        var origins = formActionOrigins
            .Select(origin => origin.Trim().TrimEnd('/'))
            .Where(origin => Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var formAction = string.Join(' ', new[] { "'self'" }.Concat(origins));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
            + $"form-action {formAction}";
    }
}
