using System.Security.Claims;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using RightHelp.Portal.Components.Layout;

namespace RightHelp.Portal.Tests.Family;

/// <summary>The way in to the family and staff pages: the area pages and the header.</summary>
public class NavigationTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static ClaimsPrincipal SignedIn(params string[] roles) =>
        new(new ClaimsIdentity([new Claim("sub", "someone"), .. roles.Select(role => new Claim("role", role))], "test", "name", "role"));

    [Theory]
    [InlineData("parent")]
    [InlineData("young_person")]
    public void Signed_in_family_member_gets_header_links_to_their_family_pages(string role)
    {
        var links = SignedInNavigation.For(SignedIn(role)).Select(item => item.Href).ToList();

        Assert.Equal(["/your-family", "/your-team", "/account"], links);
    }

    [Theory]
    [InlineData("practitioner")]
    [InlineData("manager")]
    public void Signed_in_staff_get_header_links_to_their_caseload_and_questions(string role)
    {
        var links = SignedInNavigation.For(SignedIn(role)).Select(item => item.Href).ToList();

        Assert.Equal(["/staff/families", "/staff/questions", "/account"], links);
    }

    [Fact]
    public void Signed_out_visitor_gets_no_links_to_private_pages()
    {
        Assert.Empty(SignedInNavigation.For(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Empty(SignedInNavigation.For(null));
    }

    [Fact]
    public async Task Signed_out_header_shows_only_public_links()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll(".govuk-service-navigation__list a").Select(link => link.GetAttribute("href")).ToList();

        Assert.DoesNotContain("/your-family", links);
        Assert.DoesNotContain("/staff/families", links);
        Assert.Contains("/glossary", links);
    }

    [Theory]
    [InlineData("/parents-and-carers", "/your-family")]
    [InlineData("/parents-and-carers", "/your-team")]
    [InlineData("/young-people", "/your-family")]
    [InlineData("/staff", "/staff/families")]
    [InlineData("/staff", "/staff/questions")]
    public async Task Area_page_links_to_the_pages_that_are_open(string area, string link)
    {
        var html = await factory.CreateClient().GetStringAsync(area);
        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("main a").Select(a => a.GetAttribute("href"));

        Assert.Contains(link, links);
    }
}
