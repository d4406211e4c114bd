using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RightHelp.EndToEnd.Stack;

/// <summary>The real Portal as the public sees it (Production, nobody signed in), reading from a given Api.</summary>
public sealed class PublicPortalHost : WebApplicationFactory<Program>
{
    private readonly Uri api;

    private PublicPortalHost(Uri api) => this.api = api;

    public Uri Address { get; private set; } = null!;

    public static PublicPortalHost Start(Uri api)
    {
        var host = new PublicPortalHost(api);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        host.Address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Services:Api", api.ToString().TrimEnd('/'));
        // Every journey shares this host and the address 127.0.0.1; the limits have tests of their own.
        builder.UseSetting("RateLimits:Feedback:PermitLimit", "100000");
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "100000");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
