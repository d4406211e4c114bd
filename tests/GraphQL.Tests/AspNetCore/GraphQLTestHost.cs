using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RightHelp.GraphQL.AspNetCore;

namespace RightHelp.GraphQL.Tests.AspNetCore;

/// <summary>
/// A real Kestrel host on 127.0.0.1 with a free port, serving <see cref="TestSchema"/> through
/// MapGraphQL. A request header <c>X-Test-User</c> signs the request in as that name, standing in
/// for the host's authentication middleware.
/// </summary>
internal sealed class GraphQLTestHost : IAsyncDisposable
{
    public const string UserHeader = "X-Test-User";

    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, Uri baseAddress, TestSchema schema)
    {
        _app = app;
        BaseAddress = baseAddress;
        Schema = schema;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public Uri Endpoint => new(BaseAddress, "/graphql");

    public HttpClient Client { get; }

    public TestSchema Schema { get; }

    public static async Task<GraphQLTestHost> StartAsync(string environment = "Production", Action<GraphQLHttpOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var schema = new TestSchema();
        builder.Services.AddSingleton(schema);
        builder.Services.AddSingleton(schema.CreateExecutor());

        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(UserHeader, out var name))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name.ToString())], "test"));
            }
            return next(context);
        });
        app.MapGraphQL("/graphql", configure);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GraphQLTestHost(app, new Uri(address), schema);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
