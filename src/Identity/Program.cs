using RightHelp.Identity.Extensions;
using RightHelp.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

if (await builder.RunDatabaseCommandAsync(args))
{
    return;
}

builder.AddIdentityData();

var app = builder.Build();

app.MapHealthEndpoints();

app.Run();

/// <summary>Lets WebApplicationFactory find the entry point from tests.</summary>
public partial class Program;
