using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using RightHelp.Identity.Commands;
using RightHelp.Identity.Extensions;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Data;

public sealed class SeedCommandTests
{
    [Fact]
    public async Task The_seed_command_refuses_to_run_in_Production_and_creates_no_demo_users()
    {
        await using var database = await IdentityDatabase.CreateAsync();
        await IdentityDatabase.ExecuteAsync(database.ConnectionString, "DELETE FROM \"AspNetUsers\"");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration["ConnectionStrings:Identity"] = database.ConnectionString;
        builder.AddIdentityData();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.TryRunAsync(["seed"]));

        Assert.Contains("Refusing to seed in Production", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await IdentityDatabase.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM \"AspNetUsers\""));
    }
}
