using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RightHelp.Api.PlainLanguage;

/// <summary>
/// Keeps a practitioner's links to ordinary addresses only. Markdig leaves a link's address as
/// written, so <c>[x](javascript:...)</c> or <c>&lt;javascript:...&gt;</c> would reach a family's
/// page as a live script link; those become their plain text instead. The Portal's Content
/// Security Policy would refuse to run them, but the text must be safe without relying on it.
/// </summary>
public static class SafeLinks
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafe(link.Url))
            {
                var text = new ContainerInline();
                if (link.IsImage)
                {
                    // An image from an address nobody checked: say what it was instead.
                    text.AppendChild(new LiteralInline(link.FirstChild is LiteralInline alt ? alt.Content.ToString() : ""));
                }
                else
                {
                    while (link.FirstChild is { } child)
                    {
                        child.Remove();
                        text.AppendChild(child);
                    }
                }
                link.ReplaceBy(text);
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    /// <summary>
    /// A relative address or one with an allowed scheme. Browsers ignore tabs, newlines and
    /// leading spaces or control characters in a scheme, so those are removed before looking.
    /// </summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }
        var cleaned = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }
        var delimiter = cleaned.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon)
        {
            return true;
        }
        var scheme = cleaned[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
