using RightHelp.Api.Glossary;
using RightHelp.Api.PlainLanguage;
using RightHelp.Api.Tests.GraphQL;

namespace RightHelp.Api.Tests.PlainLanguage;

public sealed class PlainLanguageRendererTests
{
    private static readonly Glossary.Glossary Glossary = GlossaryLoader.Load(RepositoryPaths.Content);
    private static readonly PlainLanguageRenderer Renderer = new(Glossary);

    [Fact]
    public void Abbreviations_are_explained_where_they_stand_and_listed_after_the_text()
    {
        var rendered = Renderer.Render("Jordan is on a CP plan and the IRO will chair the RCPC.", "s1");

        Assert.Contains("<dfn>CP</dfn>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#s1-term-1\"", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"govuk-visually-hidden\"> (Child protection: ", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"rh-terms__term\" id=\"s1-term-1\">CP (Child protection)</dt>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains(rendered.Terms, t => t.Spelling == "IRO");
    }

    [Fact]
    public void Raw_html_in_the_writers_text_is_shown_as_text_not_run()
    {
        var rendered = Renderer.Render("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>", "s1");

        Assert.DoesNotContain("<script", rendered.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", rendered.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Abbreviations_match_only_as_whole_words_in_capitals()
    {
        var rendered = Renderer.Render("We can discuss the lace and cpu later.", "s1");

        Assert.DoesNotContain(rendered.Terms, t => t.Spelling is "LAC" or "CP");
    }

    [Fact]
    public void Words_that_do_not_care_are_flagged_with_kinder_words()
    {
        var check = Renderer.Render("Mum failed to engage and contact was cancelled.", "s1").Check;

        Assert.Contains(check.UncaringWords, w => w.Word == "failed to engage" && w.Kinder.Count > 0);
        Assert.Contains(check.UncaringWords, w => w.Word == "contact" && w.Kinder.Contains("family time"));
    }

    [Fact]
    public void Long_sentences_and_unknown_abbreviations_are_flagged_for_the_writer()
    {
        var check = Renderer.Render(
            "The XYZQ will be convened following the completion of the multi-agency chronology and the subsequent analysis of all relevant information held by partner agencies across the partnership.",
            "s1").Check;

        Assert.Single(check.LongSentences);
        Assert.Contains("XYZQ", check.UnexplainedAbbreviations);
        Assert.True(check.ReadingAge > 16, $"reading age {check.ReadingAge}");
    }

    [Fact]
    public void Short_plain_sentences_have_a_young_reading_age()
    {
        var check = Renderer.Render("We will meet on Monday. You can bring a friend. We will have tea and talk.", "s1").Check;

        Assert.True(check.ReadingAge <= 9, $"reading age {check.ReadingAge}");
        Assert.Empty(check.LongSentences);
    }
}
