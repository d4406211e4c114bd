using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RightHelp.Portal.Content;

/// <summary>
/// Renders content Markdown to HTML in GOV.UK typography. Raw HTML is escaped, not passed
/// through, and links may only use web, mail and phone addresses: content is written by
/// editors, and the page must stay safe and within the Content-Security-Policy whatever they type.
/// </summary>
public sealed class GovUkMarkdown
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    public RenderedMarkdown Render(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var node in document.Descendants())
        {
            Style(node);
        }
        var html = document.ToHtml(_pipeline);
        var text = Markdown.ToPlainText(markdown, _pipeline).Trim();
        return new RenderedMarkdown(html, text);
    }

    private static void Style(MarkdownObject node)
    {
        switch (node)
        {
            case HeadingBlock heading:
                heading.GetAttributes().AddClass(heading.Level switch
                {
                    1 => "govuk-heading-xl",
                    2 => "govuk-heading-l",
                    3 => "govuk-heading-m",
                    _ => "govuk-heading-s",
                });
                break;
            case ParagraphBlock paragraph when paragraph.Parent is not ListItemBlock and not Markdig.Extensions.Tables.TableCell:
                paragraph.GetAttributes().AddClass("govuk-body");
                break;
            case ListBlock list:
                list.GetAttributes().AddClass(list.IsOrdered ? "govuk-list govuk-list--number" : "govuk-list govuk-list--bullet");
                break;
            case QuoteBlock quote:
                quote.GetAttributes().AddClass("govuk-inset-text");
                break;
            case ThematicBreakBlock rule:
                rule.GetAttributes().AddClass("govuk-section-break govuk-section-break--l govuk-section-break--visible");
                break;
            case Markdig.Extensions.Tables.Table table:
                table.GetAttributes().AddClass("govuk-table");
                foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
                {
                    row.GetAttributes().AddClass("govuk-table__row");
                    foreach (var cell in row.OfType<Markdig.Extensions.Tables.TableCell>())
                    {
                        cell.GetAttributes().AddClass(row.IsHeader ? "govuk-table__header" : "govuk-table__cell");
                    }
                }
                break;
            case LinkInline { IsImage: false } link:
                if (!IsSafe(link.Url))
                {
                    link.Url = "#";
                }
                link.GetAttributes().AddClass("govuk-link");
                break;
            case LinkInline { IsImage: true } image when !IsSafe(image.Url):
                image.Url = "";
                break;
            case AutolinkInline autolink:
                if (!IsSafe(autolink.Url))
                {
                    autolink.Url = "#";
                }
                autolink.GetAttributes().AddClass("govuk-link");
                break;
        }
    }

    /// <summary>Relative addresses and fragments are fine; absolute ones need a scheme we allow.</summary>
    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }
        var scheme = trimmed[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
