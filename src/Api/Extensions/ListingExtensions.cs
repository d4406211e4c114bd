using RightHelp.Api.Data;
using RightHelp.Api.Listings;

namespace RightHelp.Api.Extensions;

public static class ListingExtensions
{
    /// <summary>The public directory as CSV at <c>/directory/export.csv</c>; no sign-in, like the listings themselves.</summary>
    public static IEndpointRouteBuilder MapDirectoryExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(DirectoryExport.Path, async (HttpContext http, PortalDbContext db, CancellationToken ct) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"directory.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, Csv.Utf8);
            await DirectoryExport.WriteAsync(db, writer, ct);
        });
        return app;
    }
}
