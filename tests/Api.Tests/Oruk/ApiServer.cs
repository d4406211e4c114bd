using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RightHelp.Api.Extensions;

namespace RightHelp.Api.Tests.Oruk;

/// <summary>The real Api (its own Program) listening on a free local port, over a given database.</summary>
public sealed class ApiServer : WebApplicationFactory<Program>
{
    private readonly string connectionString;

    public ApiServer(string connectionString)
    {
        this.connectionString = connectionString;
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public Uri BaseAddress { get; }

    /// <summary>A plain HttpClient, as any partner system would use, talking to the real port.</summary>
    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{DataExtensions.ConnectionStringName}", connectionString);
    }
}
