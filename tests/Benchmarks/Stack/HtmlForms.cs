using System.Net;
using System.Text.RegularExpressions;

namespace RightHelp.Benchmarks.Stack;

/// <summary>Reads what a browser would from a server-rendered page: a form's hidden fields and the assets a page links.</summary>
public static partial class HtmlForms
{
    public static Dictionary<string, string> HiddenFields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputTag().Matches(html))
        {
            var tag = input.Value;
            if (Attribute(tag, "type") == "hidden" && Attribute(tag, "name") is { } name)
            {
                fields[name] = Attribute(tag, "value") ?? "";
            }
        }
        return fields;
    }

    /// <summary>Stylesheets, scripts, images and icons a page links, as absolute addresses.</summary>
    public static IReadOnlyList<Uri> LinkedAssets(string html, Uri page)
    {
        var assets = new List<Uri>();
        foreach (Match tag in AssetTag().Matches(html))
        {
            var text = tag.Value;
            var rel = Attribute(text, "rel") ?? "";
            var address = text.StartsWith("<link", StringComparison.OrdinalIgnoreCase)
                ? (rel.Contains("stylesheet", StringComparison.OrdinalIgnoreCase) || rel.Contains("icon", StringComparison.OrdinalIgnoreCase)
                   || rel.Contains("preload", StringComparison.OrdinalIgnoreCase) ? Attribute(text, "href") : null)
                : Attribute(text, "src");
            if (address is { Length: > 0 } && Uri.TryCreate(page, address, out var uri) && uri.Host == page.Host && !assets.Contains(uri))
            {
                assets.Add(uri);
            }
        }
        return assets;
    }

    /// <summary>Fonts a stylesheet names (woff2 only: a browser that reads woff2 fetches nothing else).</summary>
    public static IReadOnlyList<Uri> Fonts(string css, Uri stylesheet)
        => [.. CssUrl().Matches(css).Select(m => m.Groups[1].Value.Trim('\'', '"'))
            .Where(u => u.Split('?')[0].EndsWith(".woff2", StringComparison.OrdinalIgnoreCase))
            .Select(u => new Uri(stylesheet, u)).Distinct()];

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $@"\s{name}\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>]+))", RegexOptions.IgnoreCase);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value) : null;
    }

    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex(@"<(?:link|script|img)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex AssetTag();

    [GeneratedRegex(@"url\(([^)]+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
