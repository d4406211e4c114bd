var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHealthChecks();

var app = builder.Build();

app.MapHealthChecks("/health/live");
app.MapHealthChecks("/health/ready");
app.MapGet("/", () => Results.Content("<!DOCTYPE html><html lang=\"en\"><head><title>Right Help</title></head><body><main><h1>Right Help</h1></main></body></html>", "text/html"));

app.Run();

/// <summary>Lets WebApplicationFactory find the entry point from tests.</summary>
public partial class Program;
