using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RightHelp.EndToEnd.Stack;

/// <summary>The real Portal (Production) with a sign-in limit of one a window, so a second visit meets the limit.</summary>
public sealed class RateLimitedPortalHost : WebApplicationFactory<Program>
{
    public Uri Address { get; private set; } = null!;

    public static RateLimitedPortalHost Start()
    {
        var host = new RateLimitedPortalHost();
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        host.Address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Services:Api", "http://127.0.0.1:9");
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "1");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
