using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RightHelp.EndToEnd.Stack;

/// <summary>
/// The real Portal, signing people in at a real Identity host. Development, because the demo
/// client and plain-http cookies exist only there.
/// </summary>
public sealed class SignedInPortalHost : WebApplicationFactory<Program>
{
    private readonly Uri identity;
    private readonly Uri? api;

    private SignedInPortalHost(Uri identity, Uri? api)
    {
        this.identity = identity;
        this.api = api;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Starts the Portal; with <paramref name="api"/>, its pages read from that Api instead of the default address.</summary>
    public static SignedInPortalHost Start(Uri identity, Uri? api = null)
    {
        var host = new SignedInPortalHost(identity, api);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        host.Address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Services:Identity", identity.ToString().TrimEnd('/'));
        builder.UseSetting("Identity:ClientSecret", "portal-dev-secret");
        builder.UseSetting("SecurityHeaders:FormActionOrigins:0", identity.ToString().TrimEnd('/'));
        if (api is not null)
        {
            builder.UseSetting("Services:Api", api.ToString().TrimEnd('/'));
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
