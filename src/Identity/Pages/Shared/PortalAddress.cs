namespace RightHelp.Identity.Pages.Shared;

/// <summary>
/// The Portal's address, for the footer's accessibility statement and privacy notice: the sign-in pages are part
/// of the same service, so they link to the Portal's copies. <c>Identity:PortalUrl</c>; in Development the Portal
/// that <c>./run</c> starts. Required elsewhere, and checked at start-up rather than on a person's first page.
/// </summary>
public sealed record PortalAddress(Uri Url)
{
    public const string DevelopmentUrl = "http://127.0.0.1:5000";

    public string Link(string path) => new Uri(Url, path).ToString();

    public static PortalAddress Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Identity:PortalUrl"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return environment.IsDevelopment()
                ? new PortalAddress(new Uri(DevelopmentUrl))
                : throw new InvalidOperationException("Set Identity:PortalUrl to the Portal's https address: the sign-in pages link to its accessibility statement and privacy notice.");
        }
        return Uri.TryCreate(configured, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
            ? new PortalAddress(url)
            : throw new InvalidOperationException($"Identity:PortalUrl must be an absolute http or https address.");
    }
}
