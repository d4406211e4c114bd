using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RightHelp.Api.PlainLanguage;

/// <summary>
/// Renders a practitioner's Markdown for a family: raw HTML is not parsed (it shows as text), links
/// go only to ordinary addresses (<see cref="SafeLinks"/>), and
/// the first use of each glossary term is explained where it stands, with a list of the words
/// explained after the text. The same pass produces the writer's plain-language check.
/// </summary>
public sealed partial class PlainLanguageRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Capitals that every reader knows, so they are not flagged as unexplained.</summary>
    private static readonly HashSet<string> WellKnown = new(StringComparer.Ordinal) { "OK", "UK", "TV", "GP", "NHS", "A&E", "PE", "ID", "FC" };

    private readonly Glossary.Glossary _glossary;
    private readonly TermMatcher _matcher;

    public PlainLanguageRenderer(Glossary.Glossary glossary)
    {
        _glossary = glossary;
        _matcher = new TermMatcher(glossary);
    }

    /// <param name="markdown">What the practitioner wrote.</param>
    /// <param name="anchorPrefix">Makes the ids of the words-explained list unique on the page.</param>
    public RenderedText Render(string markdown, string anchorPrefix)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        SafeLinks.Apply(document);
        var explained = new List<ExplainedTerm>();
        var uncaring = new List<UncaringWord>();
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (literal.FindParentOfType<LinkInline>().Any())
            {
                continue;
            }
            Annotate(literal, anchorPrefix, explained, uncaring);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new TermInlineRenderer());
        renderer.Render(document);
        if (explained.Count > 0)
        {
            WriteWordsExplained(renderer, explained);
        }
        writer.Flush();

        var text = Markdown.ToPlainText(markdown, Pipeline).Trim();
        var check = new PlainLanguageCheck(
            Readability.ReadingAge(text),
            Readability.Grade(text),
            [.. Readability.Sentences(text).Where(s => Readability.Words(s).Count > Readability.LongSentenceWords)],
            UnexplainedAbbreviations(text),
            [.. uncaring.DistinctBy(u => u.Word.ToLowerInvariant())]);
        return new RenderedText(writer.ToString(), text, explained, check);
    }

    private void Annotate(LiteralInline literal, string anchorPrefix, List<ExplainedTerm> explained, List<UncaringWord> uncaring)
    {
        var content = literal.Content.ToString();
        var matches = _matcher.Matches(content);
        if (matches.Count == 0)
        {
            return;
        }
        var position = 0;
        foreach (var match in matches)
        {
            if (match.Term.DoesNotCare)
            {
                uncaring.Add(new UncaringWord(match.Spelling, match.Term.Kinder));
            }
            if (explained.Exists(e => e.Term == match.Term.Term))
            {
                continue;
            }
            var anchor = $"{anchorPrefix}-term-{explained.Count + 1}";
            explained.Add(new ExplainedTerm(match.Term.Term, match.Spelling, match.Term.Explanation, anchor));
            if (match.Index > position)
            {
                literal.InsertBefore(new LiteralInline(content[position..match.Index]));
            }
            literal.InsertBefore(new TermInline(match.Spelling, match.Term, anchor));
            position = match.Index + match.Length;
        }
        if (position == 0)
        {
            return;
        }
        if (position < content.Length)
        {
            literal.InsertBefore(new LiteralInline(content[position..]));
        }
        literal.Remove();
    }

    private static void WriteWordsExplained(HtmlRenderer renderer, List<ExplainedTerm> explained)
    {
        renderer.Write("<div class=\"rh-terms\"><p class=\"govuk-body govuk-!-font-weight-bold\">Words explained</p><dl class=\"rh-terms__list\">");
        foreach (var term in explained)
        {
            renderer.Write("<dt class=\"rh-terms__term\" id=\"").WriteEscape(term.Anchor).Write("\">")
                .WriteEscape(term.Spelling);
            if (!string.Equals(term.Spelling, term.Term, StringComparison.OrdinalIgnoreCase))
            {
                renderer.Write(" (").WriteEscape(term.Term).Write(")");
            }
            renderer.Write("</dt><dd class=\"rh-terms__explanation\">").WriteEscape(term.Explanation).Write("</dd>");
        }
        renderer.Write("</dl></div>");
    }

    private List<string> UnexplainedAbbreviations(string text)
        => [.. Capitals().Matches(text).Select(m => m.Value)
            .Where(a => !WellKnown.Contains(a) && _glossary.Find(a) is null && _glossary.Find(a.TrimEnd('s')) is null)
            .Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Z][A-Z&]{1,5}s?(?![\p{L}\p{N}])")]
    private static partial Regex Capitals();
}
