using RightHelp.Api.Extensions;
using RightHelp.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

if (await builder.RunDatabaseCommandAsync(args) || await builder.RunDirectoryCommandAsync(args))
{
    return;
}

builder.AddPortalData();
builder.AddPortalAuthentication();
builder.AddPortalGraphQL();
builder.AddDirectory();
builder.AddFeedback();
builder.AddApiRateLimits();
builder.AddDatabaseResilience();

var app = builder.Build();

app.UseApiSecurityHeaders();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapHealthEndpoints();
app.MapPortalGraphQL();
app.MapOrukApi();
app.MapDirectoryExport();
app.MapBenchEndpoints();

app.Run();

/// <summary>Lets WebApplicationFactory find the entry point from tests.</summary>
public partial class Program;
