using RightHelp.Api.Extensions;
using RightHelp.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

if (await builder.RunDatabaseCommandAsync(args))
{
    return;
}

builder.AddPortalData();
builder.AddPortalAuthentication();
builder.AddPortalGraphQL();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapHealthEndpoints();
app.MapPortalGraphQL();

app.Run();

/// <summary>Lets WebApplicationFactory find the entry point from tests.</summary>
public partial class Program;
