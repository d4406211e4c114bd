namespace RightHelp.Identity.Pages.Shared;

/// <summary>Only our own paths are followed after sign-in, so a link cannot bounce someone to another site.</summary>
public static class ReturnUrls
{
    public static string Safe(string? returnUrl)
        => returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] != '/' && url[1] != '\\' && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : "/";
}
