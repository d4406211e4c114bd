using System.Net;
using System.Text.RegularExpressions;

namespace RightHelp.GraphQL.Tests.AspNetCore;

public sealed partial class IdeTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task Development_serves_graphiql_to_a_browser_with_no_inline_script()
    {
        await using var host = await GraphQLTestHost.StartAsync("Development");

        var response = await host.Client.GetGraphQLAsync("/graphql", ("Accept", BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("default-src 'none'", csp);
        var html = await response.Content.ReadAsStringAsync();
        var scripts = ScriptTag().Matches(html);
        Assert.Equal(4, scripts.Count);
        Assert.All(scripts, script => Assert.Matches("src=\"/graphql/ide/[a-z.-]+\\.js\"", script.Value));
        Assert.DoesNotMatch("<script[^>]*>[^<]+</script>", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.Contains("data-endpoint=\"/graphql\"", html);
    }

    [Fact]
    public async Task Every_file_the_page_loads_is_served_locally()
    {
        await using var host = await GraphQLTestHost.StartAsync("Development");
        var html = await (await host.Client.GetGraphQLAsync("/graphql", ("Accept", BrowserAccept))).Content.ReadAsStringAsync();

        var files = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(6, files.Count);
        foreach (var file in files)
        {
            var asset = await host.Client.GetAsync(file);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Equal(file.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", asset.MediaType());
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 20);
        }
        var graphiql = await host.Client.GetAsync("/graphql/ide/graphiql.min.js");
        Assert.True((await graphiql.Content.ReadAsByteArrayAsync()).Length > 1_000_000);
    }

    [Fact]
    public async Task An_unchanged_asset_is_revalidated_with_304()
    {
        await using var host = await GraphQLTestHost.StartAsync("Development");
        var first = await host.Client.GetAsync("/graphql/ide/ide.js");

        var second = await host.Client.GetGraphQLAsync("/graphql/ide/ide.js", ("If-None-Match", first.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Unknown_ide_files_are_404()
    {
        await using var host = await GraphQLTestHost.StartAsync("Development");

        var response = await host.Client.GetAsync("/graphql/ide/index.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Production_serves_no_ide_by_default()
    {
        await using var host = await GraphQLTestHost.StartAsync("Production");

        var page = await host.Client.GetGraphQLAsync("/graphql", ("Accept", BrowserAccept));
        var asset = await host.Client.GetAsync("/graphql/ide/graphiql.min.js");

        Assert.NotEqual("text/html", page.MediaType());
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    [Fact]
    public async Task Development_can_switch_the_ide_off()
    {
        await using var host = await GraphQLTestHost.StartAsync("Development", options => options.EnableIde = false);

        var page = await host.Client.GetGraphQLAsync("/graphql", ("Accept", BrowserAccept));

        Assert.NotEqual("text/html", page.MediaType());
    }

    [Fact]
    public async Task A_browser_get_with_a_query_runs_the_query_instead_of_showing_the_ide()
    {
        await using var host = await GraphQLTestHost.StartAsync("Development");

        var response = await host.Client.GetGraphQLAsync("/graphql?query=" + Uri.EscapeDataString("{ hello }"), ("Accept", BrowserAccept));

        Assert.Equal("application/json", response.MediaType());
        Assert.Equal("Hello, world!", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("(?:src|href)=\"(/graphql/ide/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
