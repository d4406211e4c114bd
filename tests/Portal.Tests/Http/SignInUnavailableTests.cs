using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RightHelp.Portal.Tests.Http;

/// <summary>A Portal deployed before it was given its client secret still serves its public pages.</summary>
public sealed class SignInUnavailableTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
        .UseEnvironment("Production")
        .UseSetting("Identity:ClientSecret", ""));

    [Fact]
    public async Task Public_pages_work_without_a_client_secret()
    {
        var response = await _factory.CreateClient().GetAsync("/glossary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Signing_in_without_a_client_secret_explains_kindly()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in-unavailable", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var page = await client.GetStringAsync("/sign-in-unavailable");
        Assert.Contains("You cannot sign in right now", page, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
