
namespace RightHelp.Api.Oruk;

/// <summary>
/// The Open Referral UK 3.0 API: public, read-only, under one base path. Every answer carries
/// <c>Access-Control-Allow-Origin: *</c> so other councils' directories can read it from a browser.
/// </summary>
public static class OrukEndpoints
{
    public const string BasePath = "/oruk";

    public const string HsdsVersion = "3.0";

    public const string Profile = "https://github.com/OpenReferralUK/uk-profile";

    public static RouteGroupBuilder MapOrukEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).WithTags("Open Referral UK");
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
            return await next(context);
        });

        group.MapGet("/", (HttpRequest request) =>
            Json(new OrukApiInfo(HsdsVersion, Profile, null)));

        group.MapGet("/services", async (HttpRequest request, OrukReader reader, CancellationToken ct) =>
        {
            var query = OrukQuery.Parse(request.Query, out var errors);
            return errors.Count > 0 ? BadRequest(errors) : Json(await reader.ServicesAsync(query, ct));
        });
        group.MapGet("/services/{id}", async (string id, OrukReader reader, CancellationToken ct) =>
            Found(Guid.TryParse(id, out var guid) ? await reader.ServiceAsync(guid, ct) : null, "service", id));

        group.MapGet("/service_at_locations", async (HttpRequest request, OrukReader reader, CancellationToken ct) =>
        {
            var query = OrukQuery.Parse(request.Query, out var errors);
            if (errors.Count > 0)
            {
                return BadRequest(errors);
            }
            var page = await reader.ServiceAtLocationsAsync(query, ct);
            return page is null
                ? BadRequest(new() { ["postcode"] = [$"postcode {query.Postcode} is not near any listed location, so distances from it cannot be measured."] })
                : Json(page);
        });
        group.MapGet("/service_at_locations/{id}", async (string id, OrukReader reader, CancellationToken ct) =>
            Found(Guid.TryParse(id, out var guid) ? await reader.ServiceAtLocationAsync(guid, ct) : null, "service at location", id));

        group.MapGet("/taxonomies", async (HttpRequest request, OrukReader reader, CancellationToken ct) =>
        {
            var query = OrukQuery.Parse(request.Query, out var errors);
            return errors.Count > 0 ? BadRequest(errors) : Json(await reader.TaxonomiesAsync(query, ct));
        });
        group.MapGet("/taxonomies/{id}", async (string id, OrukReader reader, CancellationToken ct) =>
            Found(Guid.TryParse(id, out var guid) ? await reader.TaxonomyAsync(guid, ct) : null, "taxonomy", id));

        group.MapGet("/taxonomy_terms", async (HttpRequest request, OrukReader reader, CancellationToken ct) =>
        {
            var query = OrukQuery.Parse(request.Query, out var errors);
            return errors.Count > 0 ? BadRequest(errors) : Json(await reader.TaxonomyTermsAsync(query, ct));
        });
        group.MapGet("/taxonomy_terms/{id}", async (string id, OrukReader reader, CancellationToken ct) =>
            Found(Guid.TryParse(id, out var guid) ? await reader.TaxonomyTermAsync(guid, ct) : null, "taxonomy term", id));

        return group;
    }

    private static IResult Json<T>(T value) => Results.Json(value, OrukJson.Options);

    private static IResult Found<T>(T? value, string what, string id) where T : class
        => value is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no public {what} with id '{id}'.")
            : Json(value);

    private static IResult BadRequest(Dictionary<string, string[]> errors)
        => Results.ValidationProblem(errors, title: "The request's parameters are not valid.");
}
