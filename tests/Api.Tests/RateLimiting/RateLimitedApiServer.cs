using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using RightHelp.Api.Authentication;
using RightHelp.Api.Extensions;
using RightHelp.Api.Tests.YouSaidWeDid.Http;

namespace RightHelp.Api.Tests.RateLimiting;

/// <summary>The real Api on a local port with the given settings (small limits), trusting <see cref="Tokens"/>.</summary>
public sealed class RateLimitedApiServer : WebApplicationFactory<Program>
{
    private readonly string connectionString;
    private readonly IReadOnlyDictionary<string, string> settings;

    public RateLimitedApiServer(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        this.connectionString = connectionString;
        this.settings = settings;
        UseKestrel(0);
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri BaseAddress { get; }

    public TestTokenIssuer Tokens { get; } = new();

    public async Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{DataExtensions.ConnectionStringName}", connectionString);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services => services.Configure<PortalAuthenticationOptions>(PortalAuthenticationDefaults.Scheme, options =>
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(Tokens.Configuration)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Tokens.Dispose();
        }
    }
}
