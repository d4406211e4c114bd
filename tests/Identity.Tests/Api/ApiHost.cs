extern alias api;

using System.Net;
using System.Net.Http.Headers;
using api::RightHelp.Api.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RightHelp.Identity.Tests.Api;

/// <summary>
/// A small app that protects one endpoint with the Api's own authentication registration, so the
/// handler is tested exactly as the Api will run it, against the real provider over real HTTP.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ApiHost(WebApplication app, string address)
    {
        this.app = app;
        Address = address;
    }

    public string Address { get; }

    public static async Task<ApiHost> StartAsync(string identityAddress)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Configuration["Services:Identity"] = identityAddress;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPortalAuthentication(options => options.RefreshInterval = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/me", (HttpContext http) => Results.Json(http.User.Claims.Select(c => new[] { c.Type, c.Value }))).RequireAuthorization();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiHost(app, address);
    }

    public async Task<HttpResponseMessage> GetMeAsync(string? token)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Address) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
