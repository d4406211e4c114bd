using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace RightHelp.ServiceDefaults.ErrorPages;

public static class ErrorPagesAsGet
{
    /// <summary>
    /// An error page re-executed for a POST would otherwise be a POST itself: the antiforgery check ran again on
    /// the page's endpoint, and after a refused token the second check threw (or refused again), so a forged post
    /// got an empty answer instead of its 400 page. Error pages take no form, so they are rendered as a GET, and
    /// the method is put back for the logs. Place after the status code pages and exception handler.
    /// </summary>
    public static IApplicationBuilder UseErrorPagesRenderedAsGet(this IApplicationBuilder app) => app.Use(RenderAsGetAsync);

    /// <summary>Whether this request is an error page rendered for another (status code pages or the exception handler).</summary>
    public static bool IsReExecuted(HttpContext context)
        => context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerPathFeature>() is not null;

    private static async Task RenderAsGetAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsReExecuted(context) || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
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
