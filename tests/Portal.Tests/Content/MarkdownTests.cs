using AngleSharp.Html.Parser;
using RightHelp.Portal.Content;

namespace RightHelp.Portal.Tests.Content;

public class MarkdownTests
{
    private static readonly GovUkMarkdown Markdown = new();

    private static AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) =>
        new HtmlParser().ParseDocument(Markdown.Render(markdown).Html);

    [Fact]
    public void Raw_html_is_escaped_not_rendered()
    {
        var result = Markdown.Render("Hello <script>alert('x')</script> <b onclick=\"steal()\">there</b>\n\n<div>block</div>");

        Assert.DoesNotContain("<script", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", result.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div>", result.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", result.Html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(result.Html);
        Assert.Empty(document.QuerySelectorAll("script, b, div"));
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](//tracker.example.test/pixel)")]
    public void Links_to_scripts_or_other_sites_without_a_scheme_are_neutralised(string markdown)
    {
        var link = Render(markdown).QuerySelector("a")!;

        Assert.Equal("#", link.GetAttribute("href"));
    }

    [Theory]
    [InlineData("[page](/glossary)", "/glossary")]
    [InlineData("[ico](https://ico.org.uk/)", "https://ico.org.uk/")]
    [InlineData("[mail](mailto:dpo@northshire.example.test)", "mailto:dpo@northshire.example.test")]
    [InlineData("[section](#compliance-status)", "#compliance-status")]
    public void Ordinary_links_keep_their_address(string markdown, string href)
    {
        Assert.Equal(href, Render(markdown).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Typography_gets_govuk_classes()
    {
        var document = Render("# Title\n\n## Part\n\n### Sub\n\n#### Small\n\nText with a [link](/x).\n\n- one\n- two\n\n1. first\n2. second\n\n> Quote\n\n---\n");

        Assert.Equal("govuk-heading-xl", document.QuerySelector("h1")!.ClassName);
        Assert.Equal("govuk-heading-l", document.QuerySelector("h2")!.ClassName);
        Assert.Equal("govuk-heading-m", document.QuerySelector("h3")!.ClassName);
        Assert.Equal("govuk-heading-s", document.QuerySelector("h4")!.ClassName);
        Assert.Equal("govuk-body", document.QuerySelector("p")!.ClassName);
        Assert.Equal("govuk-link", document.QuerySelector("a")!.ClassName);
        Assert.Equal("govuk-list govuk-list--bullet", document.QuerySelector("ul")!.ClassName);
        Assert.Equal("govuk-list govuk-list--number", document.QuerySelector("ol")!.ClassName);
        Assert.Contains("govuk-inset-text", document.QuerySelector("blockquote")!.ClassList);
        Assert.Contains("govuk-section-break", document.QuerySelector("hr")!.ClassList);
        Assert.Equal("part", document.QuerySelector("h2")!.Id);
    }

    [Fact]
    public void Tables_get_govuk_table_classes()
    {
        var document = Render("| Level | Who helps |\n|---|---|\n| Early help | A family worker |\n");

        Assert.Contains("govuk-table", document.QuerySelector("table")!.ClassList);
        Assert.All(document.QuerySelectorAll("th"), th => Assert.Contains("govuk-table__header", th.ClassList));
        Assert.All(document.QuerySelectorAll("td"), td => Assert.Contains("govuk-table__cell", td.ClassList));
        Assert.All(document.QuerySelectorAll("tr"), tr => Assert.Contains("govuk-table__row", tr.ClassList));
    }

    [Fact]
    public void Plain_text_has_the_words_without_the_markup()
    {
        var result = Markdown.Render("A **core group** meets [often](/glossary).");

        Assert.Equal("A core group meets often.", result.Text);
    }
}
