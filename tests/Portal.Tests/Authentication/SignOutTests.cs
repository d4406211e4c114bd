using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RightHelp.Portal.Tests.Authentication;

/// <summary>Signing out is a form post that must carry this Portal's antiforgery token.</summary>
public sealed class SignOutTests : IDisposable
{
    private readonly WebApplicationFactory<Program> factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
        .UseEnvironment("Development")
        .UseSetting("Identity:ClientSecret", "portal-dev-secret"));

    [Fact]
    public async Task A_sign_out_post_without_the_antiforgery_token_is_refused()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_sign_out_post_with_the_antiforgery_token_signs_out()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var tokens = factory.Services.GetRequiredService<IAntiforgery>().GetTokens(new DefaultHttpContext { RequestServices = factory.Services });
        var cookieName = factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sign-out")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { [tokens.FormFieldName] = tokens.RequestToken! }),
        };
        request.Headers.Add("Cookie", $"{cookieName}={tokens.CookieToken}");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signed-out", response.Headers.Location!.OriginalString);
    }

    public void Dispose() => factory.Dispose();
}
