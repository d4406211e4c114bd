using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RightHelp.Api.Bench;
using RightHelp.Api.Extensions;

namespace RightHelp.Api.Tests.Bench;

/// <summary>The real Api (its own Program) in a given environment, with or without <c>Bench:Enabled</c>.</summary>
public sealed class BenchApiFactory(string connectionString, string environment, bool benchEnabled) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting($"ConnectionStrings:{DataExtensions.ConnectionStringName}", connectionString);
        builder.UseSetting("Services:Identity", "https://identity.example.test");
        builder.UseSetting(BenchOptions.EnabledSetting, benchEnabled ? "true" : "false");
    }
}
