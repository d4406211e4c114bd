using RightHelp.Api.Glossary;
using RightHelp.Api.PlainLanguage;
using RightHelp.Api.Tests.GraphQL;

namespace RightHelp.Api.Tests.PlainLanguage;

/// <summary>
/// A practitioner's Markdown is shown on a family's page exactly as the renderer writes it, so
/// nothing in it may become script: raw HTML shows as text, and links or images may not point at
/// javascript:, data: or vbscript: addresses, however they are disguised.
/// </summary>
public sealed class HostileMarkdownTests
{
    private static readonly PlainLanguageRenderer Renderer = new(GlossaryLoader.Load(RepositoryPaths.Content));

    [Theory]
    [InlineData("[Read this](javascript:alert(1))", "Read this")]
    [InlineData("[Read this](JavaScript:alert(1))", "Read this")]
    [InlineData("[Read this](java\tscript:alert(1))", "Read this")]
    [InlineData("[Read this]( javascript:alert(1) )", "Read this")]
    [InlineData("[Read this](vbscript:msgbox(1))", "Read this")]
    [InlineData("[Read this](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "Read this")]
    [InlineData("[Read this][1]\n\n[1]: javascript:alert(1)", "Read this")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("![a picture](javascript:alert(1))", "a picture")]
    public void Script_addresses_become_plain_text(string markdown, string text)
    {
        var html = Renderer.Render(markdown, "s1").Html;

        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[the council](https://www.example.gov.uk/help)", "https://www.example.gov.uk/help")]
    [InlineData("[email us](mailto:help@example.gov.uk)", "mailto:help@example.gov.uk")]
    [InlineData("[ring us](tel:01632960123)", "tel:01632960123")]
    [InlineData("[levels of help](/right-help-right-time)", "/right-help-right-time")]
    [InlineData("<https://www.example.gov.uk/>", "https://www.example.gov.uk/")]
    public void Ordinary_links_still_work(string markdown, string address)
    {
        var html = Renderer.Render(markdown, "s1").Html;

        Assert.Contains($"href=\"{address}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<div\nonmouseover=alert(1)>hover</div>")]
    public void Raw_html_blocks_and_inlines_show_as_text(string markdown)
    {
        var html = Renderer.Render("Before\n\n" + markdown + "\n\nand inline " + markdown, "s1").Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }
}
