using Microsoft.AspNetCore.Http;
using RightHelp.Portal.EarlyHelp;

namespace RightHelp.Portal.Tests.EarlyHelp;

public class ShortlistTests
{
    [Theory]
    [InlineData("/directory?q=kid", "/directory?q=kid")]
    [InlineData("/directory/services/U2VydmljZTox", "/directory/services/U2VydmljZTox")]
    [InlineData("https://evil.example.test/", "/directory")]
    [InlineData("//evil.example.test/directory", "/directory")]
    [InlineData("/directory//evil.example.test", "/directory")]
    [InlineData("/\\evil.example.test", "/directory")]
    [InlineData(null, "/directory")]
    public void Adding_to_the_shortlist_returns_only_to_a_directory_page_on_this_site(string? returnTo, string expected)
        => Assert.Equal(expected, ShortlistEndpoints.LocalDirectoryAddress(returnTo));

    [Fact]
    public void The_cookie_keeps_only_well_formed_ids_once_each_and_at_most_ten()
    {
        var ids = Enumerable.Range(10, 15).Select(i => "U2VydmljZT" + i).ToList();
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"{ShortlistCookie.Name}={ids[0]}.{ids[0]}.<script>.{string.Join('.', ids.Skip(1))}";

        var read = ShortlistCookie.Read(context.Request);

        Assert.Equal(ids.Take(10), read);
    }
}
