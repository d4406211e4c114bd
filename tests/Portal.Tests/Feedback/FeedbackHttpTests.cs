using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RightHelp.Portal.Tests.Feedback;

/// <summary>
/// The feedback pages through the Portal's real pipeline with the Api down (nothing listens at
/// its address): the form still works, and sending says so kindly and keeps every word.
/// </summary>
public sealed class FeedbackHttpTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
        .UseSetting("Services:Api", "http://127.0.0.1:9"));

    private HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_form_works_without_an_account_and_says_it_is_not_for_emergencies()
    {
        var document = await GetAsync(Client(), "/feedback");

        Assert.Equal("Give feedback", document.QuerySelector("main h1")!.TextContent.Trim());
        var warning = document.QuerySelector("main")!.TextContent;
        Assert.Contains("not for help in an emergency", warning, StringComparison.Ordinal);
        Assert.Contains("999", warning, StringComparison.Ordinal);
        Assert.Contains("0800 1111", warning, StringComparison.Ordinal);
        Assert.Contains("01632 960 123", warning, StringComparison.Ordinal);
        Assert.Equal(32, document.QuerySelector("input[type=hidden][name='Form.IdempotencyKey']")!.GetAttribute("value")!.Length);
        Assert.Null(document.QuerySelector("input[name='Form.HowToGive']"));
        Assert.Equal(20, document.QuerySelectorAll("input[type=radio][name$='ExplainedClearly'], input[type=radio][name$='InvolvedInPlanning'], input[type=radio][name$='ListenedTo'], input[type=radio][name$='HappyWithHelp']").Length);
    }

    [Fact]
    public async Task Sending_while_the_Api_is_down_says_so_kindly_and_keeps_everything_typed()
    {
        var client = Client();
        var form = await GetAsync(client, "/feedback");
        var key = form.QuerySelector("input[name='Form.IdempotencyKey']")!.GetAttribute("value")!;

        var response = await client.PostAsync("/feedback", Fields(form, new()
        {
            ["Form.Text"] = "The meeting was at a bad time for me.",
            ["Form.ListenedTo"] = "4",
            ["Form.Theme"] = "type-of-help",
        }));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: Give feedback", page.Title, StringComparison.Ordinal);
        var link = page.QuerySelector(".govuk-error-summary__list a")!;
        Assert.StartsWith("We could not send this just now. Your words are still here.", link.TextContent, StringComparison.Ordinal);
        Assert.Equal("#text", link.GetAttribute("href"));
        Assert.Equal("The meeting was at a bad time for me.", page.QuerySelector("textarea#text")!.TextContent);
        Assert.Equal("4", page.QuerySelector("input[name='Form.ListenedTo'][checked]")!.GetAttribute("value"));
        Assert.Equal("type-of-help", page.QuerySelector("input[name='Form.Theme'][checked]")!.GetAttribute("value"));
        Assert.Equal(key, page.QuerySelector("input[name='Form.IdempotencyKey']")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector(".govuk-panel"));
    }

    [Fact]
    public async Task An_empty_send_is_stopped_before_the_Api_with_the_error_by_the_box()
    {
        var client = Client();
        var form = await GetAsync(client, "/feedback");

        var response = await client.PostAsync("/feedback", Fields(form, new() { ["Form.Text"] = "  " }));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal("Write what you think in the box", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Contains("govuk-form-group--error", page.QuerySelector("textarea#text")!.ParentElement!.ClassName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/you-said-we-did", "We cannot show this just now")]
    [InlineData("/feedback/thank-you?help=true", "call Childline for free on")]
    public async Task Public_feedback_pages_answer_kindly_even_with_the_Api_down(string path, string expected)
    {
        var response = await Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feedback/yours")]
    [InlineData("/staff/feedback")]
    [InlineData("/staff/feedback/respond?id=x")]
    [InlineData("/staff/feedback/RmVlZGJhY2s6MQ")]
    [InlineData("/staff/feedback/dashboard")]
    public async Task Pages_for_signed_in_people_send_everyone_else_to_sign_in(string path)
    {
        var response = await Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("/staff/feedback", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<IDocument> GetAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path));

    /// <summary>The form's own hidden fields (antiforgery, handler, key) with the given answers.</summary>
    private static FormUrlEncodedContent Fields(IDocument page, Dictionary<string, string> answers)
    {
        var form = page.QuerySelector("form[method=post]")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
        foreach (var (name, value) in answers)
        {
            fields[name] = value;
        }
        return new FormUrlEncodedContent(fields);
    }

    public void Dispose() => _factory.Dispose();
}
