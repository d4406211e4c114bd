using System.Net;
using System.Text.RegularExpressions;

namespace RightHelp.Portal.Content;

/// <summary>
/// Picks one "## Heading" section out of rendered content, without its heading, so a page that
/// gathers several files can put the section under headings of its own level.
/// </summary>
public static partial class MarkdownSections
{
    public static RenderedMarkdown? Find(RenderedMarkdown content, string heading)
    {
        foreach (Match match in Section().Matches(content.Html))
        {
            if (WebUtility.HtmlDecode(match.Groups["heading"].Value).Trim() == heading)
            {
                var html = match.Groups["body"].Value.Trim();
                return new RenderedMarkdown(html, WebUtility.HtmlDecode(Tags().Replace(html, " ")).Trim());
            }
        }
        return null;
    }

    [GeneratedRegex(@"<h2[^>]*>(?<heading>.*?)</h2>(?<body>.*?)(?=<h2|\z)", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
