using RightHelp.Portal.Authentication;
using RightHelp.Portal.Components;
using RightHelp.Portal.Extensions;
using RightHelp.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalContent();
builder.AddPortalSecurity();
builder.AddPortalDataProtection();
builder.AddPortalPages();
builder.AddPortalStaticAssets();
builder.AddPortalSignIn();
builder.AddPortalApiClient();
builder.AddPortalRateLimits();

var app = builder.Build();

app.UsePortalSecurity();
app.UsePortalErrorPages();
app.UsePortalRateLimits();
app.UsePortalStaticAssets();
app.UsePortalSignIn();
app.UseAntiforgery();

app.MapHealthEndpoints();
app.MapAccountEndpoints();
app.MapDirectoryEndpoints();
app.MapRazorComponents<App>();

app.Run();

/// <summary>Lets WebApplicationFactory find the entry point from tests.</summary>
public partial class Program;
