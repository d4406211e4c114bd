using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace RightHelp.ServiceDefaults.RateLimiting;

public static class TooManyRequestsPageExtensions
{
    private const string GlobalEndpointRouteBuilderKey = "__GlobalEndpointRouteBuilder";

    /// <summary>
    /// When a later middleware refuses a request with an empty 429 (the rate limiter), the app's
    /// own page at <paramref name="path"/> is rendered in its place with a GET, so the person sees
    /// a page in the service's style while the status and Retry-After stay as the limiter set them.
    /// Routing runs again for the new path, as the framework's status code pages do.
    /// </summary>
    public static WebApplication UseTooManyRequestsPage(this WebApplication app, string path)
    {
        app.Use(next =>
        {
            var branch = ((IApplicationBuilder)app).New();
            // New() drops the app's endpoints from the branch; the framework's own re-executing
            // middleware puts them back under this key so UseRouting matches the app's routes.
            branch.Properties[GlobalEndpointRouteBuilderKey] = app;
            branch.UseRouting();
            branch.Run(next);
            var rerouted = branch.Build();
            return async context =>
            {
                await next(context);
                if (context.Response.StatusCode != StatusCodes.Status429TooManyRequests
                    || context.Response.HasStarted
                    || context.Response.ContentLength is not null
                    || !string.IsNullOrEmpty(context.Response.ContentType))
                {
                    return;
                }
                var request = context.Request;
                var (originalPath, originalQuery, originalMethod) = (request.Path, request.QueryString, request.Method);
                context.SetEndpoint(null);
                context.Features.Get<IRouteValuesFeature>()?.RouteValues.Clear();
                request.Path = path;
                request.QueryString = QueryString.Empty;
                request.Method = HttpMethods.Get;
                try
                {
                    await rerouted(context);
                }
                finally
                {
                    (request.Path, request.QueryString, request.Method) = (originalPath, originalQuery, originalMethod);
                }
            };
        });
        return app;
    }
}
