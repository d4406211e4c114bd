namespace RightHelp.Portal.Extensions;

public static class PageExtensions
{
    public static WebApplicationBuilder AddPortalPages(this WebApplicationBuilder builder)
    {
        // Static server rendering only: no interactive render modes, so no circuits and no blazor.web.js.
        builder.Services.AddRazorComponents();
        builder.Services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.AppendTrailingSlash = false;
        });
        return builder;
    }

    /// <summary>
    /// Unknown addresses and unexpected failures get a GOV.UK-styled page with the right status
    /// code, never a stack trace.
    /// </summary>
    public static WebApplication UsePortalErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/problem", createScopeForErrors: true);
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        return app;
    }
}
