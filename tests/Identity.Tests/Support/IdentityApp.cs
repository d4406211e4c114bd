using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RightHelp.Identity.Tests.Support;

/// <summary>The real Identity app on a real Kestrel port, against a test's own database.</summary>
public sealed class IdentityApp(string connectionString, string environment, IReadOnlyDictionary<string, string>? settings) : WebApplicationFactory<Program>
{
    public string Address { get; private set; } = "";

    public static IdentityApp Start(string connectionString, string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new IdentityApp(connectionString, environment, settings);
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        app.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return app;
    }

    public T Service<T>()
        where T : notnull
        => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Identity", connectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
