using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.Directory;
using RightHelp.Api.Directory.GraphQL;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Bench;

/// <summary>
/// The directory search page's query (the Portal's <c>DirectorySearch</c> operation) without GraphQL:
/// the same search, the same page of listings and facets, the same JSON.
/// </summary>
public static class BenchDirectoryEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, RequestDatabase database, DirectoryVocabulary vocabulary,
        TimeProvider time, CancellationToken cancellationToken)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: cancellationToken);
        var root = body.RootElement;
        var filter = root.TryGetProperty("filter", out var f) && f.ValueKind == JsonValueKind.Object ? f : (JsonElement?)null;
        var first = root.TryGetProperty("first", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : 20;
        var after = root.TryGetProperty("after", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        if (first is < 0 or > Paging.MaxPageSize)
        {
            return Results.BadRequest();
        }
        var offset = Paging.DecodeCursor(after);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var services = await database.RunAsync(async db =>
        {
            var localities = await db.Localities.AsNoTracking().Select(l => new { l.Id, l.Slug }).ToListAsync(cancellationToken);
            string? slug = null;
            if (Text(filter, "locality") is { Length: > 0 } locality)
            {
                var localityId = GlobalId.DecodeAs(locality, "Locality");
                slug = localities.FirstOrDefault(l => l.Id == localityId)?.Slug ?? "-";
            }
            var request = new DirectorySearchRequest(
                Text: Text(filter, "text"),
                Category: Text(filter, "category"),
                Locality: slug,
                Age: filter is { } af && af.TryGetProperty("age", out var age) && age.ValueKind == JsonValueKind.Number ? age.GetInt32() : null,
                FreeOnly: filter is { } ff && ff.TryGetProperty("freeOnly", out var free) && free.ValueKind == JsonValueKind.True,
                Referral: Text(filter, "referralRoute") switch
                {
                    "SELF_REFERRAL" => ReferralRouteFilter.SelfReferral,
                    "PROFESSIONAL_REFERRAL" => ReferralRouteFilter.ProfessionalReferral,
                    _ => null,
                },
                PageSize: Math.Max(first, 1)) { Offset = offset };
            var result = await new DirectorySearch(db, vocabulary).SearchAsync(request, cancellationToken);
            var ids = result.Hits.Take(first).Select(h => h.Id).ToList();
            var rows = await db.Services.AsNoTracking().Include(s => s.Organization)
                .Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            var nodes = ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
            var end = offset + nodes.Count;
            var slugs = localities.ToDictionary(l => l.Slug, l => l.Id, StringComparer.Ordinal);
            return new
            {
                totalCount = result.TotalCount,
                nodes = nodes.Select(s => new
                {
                    id = GlobalId.Encode("Service", s.Id),
                    name = s.Name,
                    organizationName = s.Organization?.Name ?? "",
                    summary = ServiceDetails.Summary(s.Description),
                    isFree = s.IsFree,
                    selfReferral = s.ReferralRoute is ReferralRoute.SelfReferral or ReferralRoute.SelfOrProfessional,
                    professionalReferral = s.ReferralRoute is ReferralRoute.ProfessionalReferral or ReferralRoute.SelfOrProfessional,
                    needsChecking = ListingFreshness.NeedsChecking(s.AssuredDate, today),
                    lastVerifiedOn = s.AssuredDate,
                }).ToList(),
                pageInfo = new { hasNextPage = end < result.TotalCount, endCursor = nodes.Count > 0 ? Paging.EncodeCursor(end) : after },
                facets = new
                {
                    categories = result.Facets.Categories.Select(c => new { id = c.Key, name = c.Label, count = c.Count }).ToList(),
                    localities = result.Facets.Localities.Where(l => slugs.ContainsKey(l.Key))
                        .Select(l => new { id = GlobalId.Encode("Locality", slugs[l.Key]), name = l.Label, count = l.Count }).ToList(),
                    referralRoutes = result.Facets.ReferralRoutes
                        .Select(r => new { id = r.Key == "self" ? "SELF_REFERRAL" : "PROFESSIONAL_REFERRAL", name = r.Label, count = r.Count }).ToList(),
                    cost = result.Facets.Costs.Select(c => new { id = c.Key.ToUpperInvariant(), name = c.Label, count = c.Count }).ToList(),
                },
            };
        }, cancellationToken);
        return Results.Json(new { data = new { services } }, BenchJson.Options);
    }

    private static string? Text(JsonElement? filter, string name)
        => filter is { } f && f.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
