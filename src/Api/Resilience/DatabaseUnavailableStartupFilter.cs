namespace RightHelp.Api.Resilience;

/// <summary>Puts <see cref="DatabaseUnavailableMiddleware"/> ahead of everything Program.cs adds.</summary>
public sealed class DatabaseUnavailableStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
        next(app);
    };
}
