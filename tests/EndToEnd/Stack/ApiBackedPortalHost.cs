using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RightHelp.EndToEnd.Stack;

/// <summary>The real Portal, as in production, reading public pages from a real Api.</summary>
public sealed class ApiBackedPortalHost : WebApplicationFactory<Program>
{
    private readonly Uri api;

    private ApiBackedPortalHost(Uri api) => this.api = api;

    public Uri Address { get; private set; } = null!;

    public static ApiBackedPortalHost Start(Uri api)
    {
        var host = new ApiBackedPortalHost(api);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        host.Address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Services:Api", api.ToString().TrimEnd('/'));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("System.Net.Http.HttpClient", LogLevel.Warning));
    }
}
