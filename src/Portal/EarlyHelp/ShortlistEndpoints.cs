using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using RightHelp.Portal.Api;
using RightHelp.Portal.Api.EarlyHelp;

namespace RightHelp.Portal.EarlyHelp;

/// <summary>
/// The shortlist's buttons: plain form posts (antiforgery-checked) that answer with a redirect,
/// so they work the same with or without JavaScript and a refresh never posts twice.
/// </summary>
public static class ShortlistEndpoints
{
    public static IEndpointRouteBuilder MapShortlistEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/directory/shortlist/add", ([FromForm] string serviceId, [FromForm] string? returnTo, HttpContext context) =>
        {
            var ids = ShortlistCookie.Read(context.Request).ToList();
            if (ShortlistCookie.IsServiceId(serviceId) && !ids.Contains(serviceId) && ids.Count < ShortlistCookie.MaxServices)
            {
                ids.Add(serviceId);
                ShortlistCookie.Write(context, ids);
            }
            return Results.Redirect(LocalDirectoryAddress(returnTo), preserveMethod: false);
        });

        app.MapPost("/directory/shortlist/remove", ([FromForm] string serviceId, HttpContext context) =>
        {
            ShortlistCookie.Write(context, [.. ShortlistCookie.Read(context.Request).Where(id => id != serviceId)]);
            return Results.Redirect("/directory/shortlist");
        });

        // It binds nothing from the form, so the framework would not check the token by itself.
        app.MapPost("/directory/shortlist/make", async (HttpContext context, ApiClient api, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            var ids = ShortlistCookie.Read(context.Request);
            if (ids.Count == 0)
            {
                return Results.Redirect("/directory/shortlist");
            }
            CreateShortlistPayload? payload;
            try
            {
                payload = await api.CreateShortlistAsync(ids, context.RequestAborted);
            }
            catch (HttpRequestException)
            {
                payload = null;
            }
            if (payload?.Shortlist is not { } list)
            {
                return Results.Redirect("/directory/shortlist?problem=1");
            }
            ShortlistCookie.Write(context, []);
            return Results.Redirect("/directory/shortlist/ready/" + Uri.EscapeDataString(list.Token));
        });
        return app;
    }

    /// <summary>Only back to a directory page on this site, never to an address someone else chose.</summary>
    public static string LocalDirectoryAddress(string? returnTo)
        => returnTo is not null
           && returnTo.StartsWith("/directory", StringComparison.Ordinal)
           && !returnTo.Contains("//", StringComparison.Ordinal)
           && !returnTo.Contains('\\', StringComparison.Ordinal)
            ? returnTo
            : "/directory";
}
