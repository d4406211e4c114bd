using Microsoft.AspNetCore.Diagnostics;
using RightHelp.Portal.Api;
using RightHelp.ServiceDefaults.ErrorPages;

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
    /// code, never a stack trace: 503 when a service the Portal depends on cannot be reached.
    /// </summary>
    public static WebApplication UsePortalErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/problem",
                CreateScopeForErrors = true,
                StatusCodeSelector = UnreachableService.StatusCodeFor,
            });
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseErrorPagesRenderedAsGet();
        return app;
    }
}
