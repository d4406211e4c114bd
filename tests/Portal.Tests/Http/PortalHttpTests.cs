using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RightHelp.Portal.Tests.Http;

/// <summary>The Portal's HTTP behaviour, through its real middleware pipeline.</summary>
public class PortalHttpTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/glossary")]
    [InlineData("/govuk/govuk-frontend.min.css")]
    [InlineData("/not-a-page")]
    public async Task Every_response_carries_a_strict_content_security_policy(string path)
    {
        var response = await Client().GetAsync(path);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self' http://127.0.0.1:5200", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_and_load_nothing_from_other_sites()
    {
        var html = await Client().GetStringAsync("/");
        var document = new HtmlParser().ParseDocument(html);

        Assert.All(document.Scripts, script =>
        {
            Assert.Equal("module", script.Type);
            Assert.StartsWith("/", script.Source, StringComparison.Ordinal);
            Assert.True(string.IsNullOrWhiteSpace(script.TextContent));
        });
        Assert.Empty(document.QuerySelectorAll("style, [style]"));
        Assert.Empty(document.QuerySelectorAll("[onclick], [onload]"));
        var assets = document.QuerySelectorAll("link[href], script[src], img[src]")
            .Select(element => element.GetAttribute("href") ?? element.GetAttribute("src"));
        Assert.All(assets, address => Assert.StartsWith("/", address, StringComparison.Ordinal));
        Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_has_the_layout_and_routes_each_kind_of_visitor()
    {
        var document = new HtmlParser().ParseDocument(await Client().GetStringAsync("/"));

        Assert.Equal("#main-content", document.QuerySelector("a.govuk-skip-link")!.GetAttribute("href"));
        Assert.Equal("Right Help", document.QuerySelector(".govuk-service-navigation__service-name")!.TextContent.Trim());
        Assert.Equal("Beta", document.QuerySelector(".govuk-phase-banner .govuk-tag")!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector(".govuk-phase-banner a[href='/feedback']"));
        Assert.NotNull(document.QuerySelector("main#main-content"));
        var footerLinks = document.QuerySelectorAll("footer a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains("/accessibility", footerLinks);
        Assert.Contains("/privacy", footerLinks);
        var areas = document.QuerySelectorAll("main a").Select(link => link.TextContent.Trim()).ToList();
        Assert.Contains("Parents and carers: see your family's plan", areas);
        Assert.Contains("Young people: have your say", areas);
        Assert.Contains("Schools and partners: find support", areas);
        Assert.Contains("Staff: sign in", areas);
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/accessibility", "Accessibility statement for Right Help")]
    [InlineData("/privacy", "Privacy notice for Right Help")]
    [InlineData("/glossary", "Help with words")]
    [InlineData("/glossary/child-protection", "Child protection")]
    [InlineData("/right-help-right-time", "Levels of help")]
    [InlineData("/right-help-right-time/early-help", "Early help")]
    [InlineData("/parents-and-carers", "Parents and carers")]
    [InlineData("/young-people", "Young people")]
    [InlineData("/schools-and-partners", "Schools and partners")]
    [InlineData("/staff", "Staff")]
    [InlineData("/feedback", "Give feedback")]
    public async Task Each_page_answers_with_its_heading_and_title(string path, string heading)
    {
        var response = await Client().GetAsync(path);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, document.QuerySelector("main h1")!.TextContent.Trim());
        Assert.StartsWith(heading, document.Title, StringComparison.Ordinal);
        Assert.Single(document.QuerySelectorAll("h1"));
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/glossary/no-such-word")]
    [InlineData("/right-help-right-time/level-99")]
    public async Task Unknown_addresses_get_a_not_found_page_with_status_404(string path)
    {
        var response = await Client().GetAsync(path);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("a.govuk-skip-link"));
    }

    [Theory]
    [InlineData("/glossary/CP")]
    [InlineData("/glossary/cp")]
    [InlineData("/glossary/child%20protection")]
    public async Task A_glossary_alias_redirects_to_the_one_address_of_its_term(string path)
    {
        var response = await Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/glossary/child-protection", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task Glossary_term_page_explains_kinder_words()
    {
        var document = new HtmlParser().ParseDocument(await Client().GetStringAsync("/glossary/contact"));

        var inset = document.QuerySelector("main .govuk-inset-text")!;
        Assert.Contains("Language that cares", inset.TextContent, StringComparison.Ordinal);
        Assert.Contains("family time", inset.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "glossary-lookup", ["Form.Word"] = "CP" });

        var response = await Client().PostAsync("/glossary", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stylesheets_and_scripts_are_compressed_but_pages_are_not()
    {
        var client = Client();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");

        var css = await client.GetAsync("/govuk/govuk-frontend.min.css");
        var script = await client.GetAsync("/js/portal.mjs");
        var page = await client.GetAsync("/glossary");

        Assert.Equal("br", css.Content.Headers.ContentEncoding.Single());
        Assert.Equal("br", script.Content.Headers.ContentEncoding.Single());
        Assert.Empty(page.Content.Headers.ContentEncoding);
        Assert.Equal("public, max-age=3600", css.Headers.CacheControl!.ToString());
    }
}
