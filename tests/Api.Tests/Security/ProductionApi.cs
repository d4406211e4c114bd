using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightHelp.Api.Extensions;
using RightHelp.Api.Tests.YouSaidWeDid;

namespace RightHelp.Api.Tests.Security;

/// <summary>
/// The real Api, its own Program, as Production on a real local port: what a stranger on the
/// internet meets. Every log line is kept so tests can match what clients see with what was logged.
/// </summary>
public sealed class ProductionApi : WebApplicationFactory<Program>
{
    private readonly string connectionString;

    public ProductionApi(string connectionString)
    {
        this.connectionString = connectionString;
        UseKestrel(0);
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri BaseAddress { get; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>Posts a document and returns the status and the parsed body.</summary>
    public async Task<(HttpResponseMessage Response, JsonObject Body)> PostAsync(string query)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (response, body);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting($"ConnectionStrings:{DataExtensions.ConnectionStringName}", connectionString);
        // Production fetches the provider's keys over https only; no request here needs them.
        builder.UseSetting("Services:Identity", "https://identity.example.test");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
