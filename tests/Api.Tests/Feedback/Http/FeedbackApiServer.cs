using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
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
using RightHelp.Api.Tests.GraphQL;

namespace RightHelp.Api.Tests.YouSaidWeDid.Http;

/// <summary>
/// The real Api (its own Program, middleware and authentication handler) on a local port over a
/// given database, trusting <see cref="Tokens"/>, with every log line kept in <see cref="Logs"/>.
/// </summary>
public sealed class FeedbackApiServer : WebApplicationFactory<Program>
{
    /// <summary>What the request says about the device; none of it may be stored or logged for anonymous feedback.</summary>
    public const string DeviceUserAgent = "FeedbackProbe/7.3 (Phone; device-id 5e1d9c0a-ffee)";

    public const string ForwardedClientAddress = "203.0.113.77";

    private readonly string connectionString;

    public FeedbackApiServer(string connectionString)
    {
        this.connectionString = connectionString;
        UseKestrel(0);
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri BaseAddress { get; }

    public TestTokenIssuer Tokens { get; } = new();

    public CapturedLogs Logs { get; } = new();

    /// <summary>Posts a GraphQL document over real HTTP, as the Portal does, with a bearer token when given.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.UserAgent.ParseAdd(DeviceUserAgent);
        request.Headers.Add("X-Forwarded-For", ForwardedClientAddress);
        // The hosting log names the host asked for; a name keeps the client's own address out of that line.
        request.Headers.Host = "api.example.test";
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await http.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(JsonDocument.Parse(json).RootElement.Clone(), json);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{DataExtensions.ConnectionStringName}", connectionString);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
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
