using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
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
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly TimeProvider? clock;

    private SignedInPortalHost(Uri identity, Uri? api, IReadOnlyDictionary<string, string> settings, TimeProvider? clock)
    {
        this.identity = identity;
        this.api = api;
        this.settings = settings;
        this.clock = clock;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Starts the Portal; with <paramref name="api"/> its signed-in pages call that Api.</summary>
    /// <param name="settings">Extra configuration, such as a refresh window a test needs.</param>
    /// <param name="clock">The Portal's clock, when a test needs its tokens to expire now.</param>
    public static SignedInPortalHost Start(Uri identity, Uri? api = null, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    {
        var host = new SignedInPortalHost(identity, api, settings ?? new Dictionary<string, string>(), clock);
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
        // Every journey shares this host and the address 127.0.0.1; the limits have tests of their own.
        builder.UseSetting("RateLimits:Feedback:PermitLimit", "100000");
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "100000");
        builder.UseSetting("SecurityHeaders:FormActionOrigins:0", identity.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (api is not null)
        {
            builder.UseSetting("Services:Api", api.ToString().TrimEnd('/'));
        }
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
