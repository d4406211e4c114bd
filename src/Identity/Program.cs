using RightHelp.Identity.Commands;
using RightHelp.Identity.Extensions;
using RightHelp.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

if (await builder.RunDatabaseCommandAsync(args))
{
    return;
}

builder.AddIdentityData();
builder.AddOidcProvider();
builder.AddSignInPages();
builder.AddSignInRateLimits();

var app = builder.Build();

if (await app.TryRunAsync(args))
{
    return;
}

app.UseSignInPages();
app.MapHealthEndpoints();
app.MapOidcProvider();

app.Run();

/// <summary>Lets WebApplicationFactory find the entry point from tests.</summary>
public partial class Program;
