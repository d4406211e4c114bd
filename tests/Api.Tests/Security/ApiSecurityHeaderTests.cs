using RightHelp.Api.Tests.Infrastructure;
using RightHelp.Api.Tests.RateLimiting;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Security;

/// <summary>Every kind of Api response carries the headers that stop it being framed, sniffed or leaking referrers.</summary>
public sealed class ApiSecurityHeaderTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private RateLimitedApiServer api = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        api = new RateLimitedApiServer(database.ConnectionString, new Dictionary<string, string>());
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData("POST", "/graphql")]
    [InlineData("GET", "/oruk/services")]
    [InlineData("GET", "/health/live")]
    [InlineData("GET", "/no-such-address")]
    public async Task Responses_forbid_framing_sniffing_scripts_and_referrers(string method, string path)
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        using var response = method == "POST"
            ? await api.PostAsync("{ localities { name } }")
            : await http.GetAsync(path);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
