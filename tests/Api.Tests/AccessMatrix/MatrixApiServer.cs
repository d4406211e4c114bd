using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using RightHelp.Api.Authentication;
using RightHelp.Api.Extensions;
using RightHelp.Api.Tests.GraphQL;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// The real Api (its own Program, middleware and authentication handler) on a local port over a
/// given database, trusting <see cref="Tokens"/>. Requests go over real HTTP with real bearer tokens.
/// </summary>
public sealed class MatrixApiServer : WebApplicationFactory<Program>
{
    private readonly string connectionString;
    private readonly HttpClient http;

    public MatrixApiServer(string connectionString)
    {
        this.connectionString = connectionString;
        UseKestrel(0);
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        http = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public MatrixTokens Tokens { get; } = new();

    public async Task<GraphQLResponse> PostAsync(string query, MatrixRole role, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        Authorize(request, role);
        using var response = await http.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();
        try
        {
            return new GraphQLResponse(JsonDocument.Parse(json).RootElement.Clone(), json);
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"/graphql answered {(int)response.StatusCode} without JSON: {json}");
        }
    }

    public async Task<(int Status, string Body)> GetAsync(string pathAndQuery, MatrixRole role)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        Authorize(request, role);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private void Authorize(HttpRequestMessage request, MatrixRole role)
    {
        if (Tokens.For(role) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{DataExtensions.ConnectionStringName}", connectionString);
        builder.ConfigureTestServices(services => services.Configure<PortalAuthenticationOptions>(PortalAuthenticationDefaults.Scheme, options =>
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(Tokens.Configuration)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            http.Dispose();
            Tokens.Dispose();
        }
    }
}
