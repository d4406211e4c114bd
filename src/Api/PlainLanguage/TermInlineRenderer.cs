using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace RightHelp.Api.PlainLanguage;

/// <summary>
/// Writes a term as a link to its entry in the list of words explained, followed by the
/// explanation in visually hidden text, so a screen reader hears it where it stands and a
/// sighted reader follows the link; neither needs JavaScript. Everything is HTML-encoded.
/// </summary>
public sealed class TermInlineRenderer : HtmlObjectRenderer<TermInline>
{
    protected override void Write(HtmlRenderer renderer, TermInline term)
    {
        renderer.Write("<span class=\"rh-term\"><a class=\"govuk-link rh-term__link\" href=\"#")
            .WriteEscape(term.Anchor)
            .Write("\"><dfn>")
            .WriteEscape(term.Spelling)
            .Write("</dfn></a><span class=\"govuk-visually-hidden\"> (")
            .WriteEscape(term.Term.Term)
            .Write(": ")
            .WriteEscape(term.Term.Explanation)
            .Write(")</span></span>");
    }
}
