using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using RightHelp.Portal.Api;

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
        app.Use(RenderErrorPagesAsGet);
        return app;
    }

    /// <summary>
    /// An error page re-executed for a POST would otherwise be a POST itself: the antiforgery check
    /// ran again on the page's endpoint, and after a refused token the second check threw, so a
    /// forged post got an empty 500 instead of its 400 page. Error pages take no form, so they are
    /// rendered as a GET, and the method is put back for the logs.
    /// </summary>
    private static async Task RenderErrorPagesAsGet(HttpContext context, RequestDelegate next)
    {
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        var method = context.Request.Method;
        context.Request.Method = HttpMethods.Get;
        context.Features.Set<IAntiforgeryValidationFeature>(null);
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = method;
        }
    }
}
