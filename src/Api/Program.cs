using RightHelp.Api.Extensions;
using RightHelp.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

if (await builder.RunDatabaseCommandAsync(args) || await builder.RunDirectoryCommandAsync(args))
{
    return;
}

builder.AddPortalData();
builder.AddDirectory();

var app = builder.Build();

app.MapHealthEndpoints();
app.MapPortalGraphQL();
app.MapOrukApi();

app.Run();

/// <summary>Lets WebApplicationFactory find the entry point from tests.</summary>
public partial class Program;
