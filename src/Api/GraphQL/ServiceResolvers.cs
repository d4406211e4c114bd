using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.Directory;
using RightHelp.Api.Directory.GraphQL;
using RightHelp.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.GraphQL;

/// <summary>
/// The early help directory through GraphQL: ranked, typo-tolerant search with facets (the same
/// <see cref="DirectorySearch"/> the quality tests measure), a listing by id, and the categories.
/// </summary>
public static class ServiceResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "services", SearchAsync)
        .AddAsync("Query", "service", async ctx =>
        {
            // A malformed or unknown id is simply no listing: nothing about why is worth telling.
            if (ctx.GlobalIdArgument("id", "Service") is not { } id)
            {
                return null;
            }
            return await ctx.Database().RunAsync(db => db.Services.AsNoTracking().Include(s => s.Organization)
                .FirstOrDefaultAsync(s => s.Id == id && s.Status == ServiceStatus.Active, ctx.CancellationToken), ctx.CancellationToken);
        })
        .AddAsync("Query", "taxonomy", ctx => ctx.Database().RunAsync<IReadOnlyList<CategoryView>>(async db =>
            (await db.TaxonomyTerms.AsNoTracking().Include(t => t.Parent).ToListAsync(ctx.CancellationToken))
                .OrderBy(t => t.Name, StringComparer.Ordinal).Select(ServiceDetails.Category).ToList(), ctx.CancellationToken))
        .Add("Service", "id", ctx => GlobalId.Encode("Service", ctx.GetSource<Service>().Id))
        .Add("Service", "organizationName", ctx => ctx.GetSource<Service>().Organization?.Name ?? "")
        .Add("Service", "lastVerifiedOn", ctx => ctx.GetSource<Service>().AssuredDate)
        .Add("Service", "summary", ctx => ServiceDetails.Summary(ctx.GetSource<Service>().Description))
        .Add("Service", "selfReferral", ctx => ctx.GetSource<Service>().ReferralRoute is ReferralRoute.SelfReferral or ReferralRoute.SelfOrProfessional)
        .Add("Service", "professionalReferral", ctx => ctx.GetSource<Service>().ReferralRoute is ReferralRoute.ProfessionalReferral or ReferralRoute.SelfOrProfessional)
        .Add("Service", "needsChecking", ctx => ListingFreshness.NeedsChecking(ctx.GetSource<Service>().AssuredDate,
            DateOnly.FromDateTime(ctx.GetService<TimeProvider>().GetUtcNow().UtcDateTime)))
        .AddAsync("Service", "costs", async ctx => (object)(await ServiceDetails.LoadAsync(ctx)).CostOptions)
        .AddAsync("Service", "eligibility", async ctx => (object)(await ServiceDetails.LoadAsync(ctx)).Eligibilities)
        .AddAsync("Service", "contacts", async ctx => (object)(await ServiceDetails.LoadAsync(ctx)).Contacts.OrderBy(c => c.Name, StringComparer.Ordinal).ToList())
        .AddAsync("Service", "locations", async ctx => (object)ServiceDetails.Locations(await ServiceDetails.LoadAsync(ctx)))
        .AddAsync("Service", "openingTimes", async ctx => (object)ServiceDetails.OpeningTimes(await ServiceDetails.LoadAsync(ctx)))
        .AddAsync("Service", "categories", async ctx => (object)ServiceDetails.Categories(await ServiceDetails.LoadAsync(ctx)))
        .AddAsync("Service", "localities", async ctx => (object)ServiceDetails.Localities(await ServiceDetails.LoadAsync(ctx)))
        .Add("ServiceCost", "amount", ctx => ctx.GetSource<CostOption>().Amount is { } amount ? (double)amount : (double?)null);

    private static async Task<ServiceSearchConnection> SearchAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>?>("filter");
        var first = ctx.GetArgument<int?>("first") ?? 20;
        if (first is < 0 or > Paging.MaxPageSize)
        {
            throw new GraphQLException($"first must be between 0 and {Paging.MaxPageSize}.", new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
        }
        var after = ctx.GetArgument<string?>("after");
        var offset = Paging.DecodeCursor(after);
        var localityArgument = filter?.GetValueOrDefault("locality") as string;
        var vocabulary = ctx.GetService<DirectoryVocabulary>();

        return await ctx.Database().RunAsync(async db =>
        {
            var localities = await db.Localities.AsNoTracking().Select(l => new { l.Id, l.Slug }).ToListAsync(ctx.CancellationToken);
            string? slug = null;
            if (!string.IsNullOrEmpty(localityArgument))
            {
                var localityId = GlobalId.DecodeAs(localityArgument, "Locality");
                // An id that names no locality matches nothing rather than being quietly dropped.
                slug = localities.FirstOrDefault(l => l.Id == localityId)?.Slug ?? "-";
            }
            var request = new DirectorySearchRequest(
                Text: filter?.GetValueOrDefault("text") as string,
                Category: filter?.GetValueOrDefault("category") as string,
                Locality: slug,
                Age: filter?.GetValueOrDefault("age") as int?,
                FreeOnly: filter?.GetValueOrDefault("freeOnly") as bool? ?? false,
                Referral: filter?.GetValueOrDefault("referralRoute") as ReferralRouteFilter?,
                PageSize: Math.Max(first, 1)) { Offset = offset };
            var result = await new DirectorySearch(db, vocabulary).SearchAsync(request, ctx.CancellationToken);

            var ids = result.Hits.Take(first).Select(h => h.Id).ToList();
            var services = await db.Services.AsNoTracking().Include(s => s.Organization)
                .Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ctx.CancellationToken);
            var nodes = ids.Where(services.ContainsKey).Select(id => (object)services[id]).ToList();
            var end = offset + nodes.Count;
            var slugs = localities.ToDictionary(l => l.Slug, l => l.Id, StringComparer.Ordinal);
            var facets = new ServiceFacets(
                [.. result.Facets.Categories.Select(f => new FacetValue(f.Key, f.Label, f.Count))],
                [.. result.Facets.Localities.Where(f => slugs.ContainsKey(f.Key)).Select(f => new FacetValue(GlobalId.Encode("Locality", slugs[f.Key]), f.Label, f.Count))],
                [.. result.Facets.ReferralRoutes.Select(f => new FacetValue(f.Key == "self" ? "SELF_REFERRAL" : "PROFESSIONAL_REFERRAL", f.Label, f.Count))],
                [.. result.Facets.Costs.Select(f => new FacetValue(f.Key.ToUpperInvariant(), f.Label, f.Count))]);
            return new ServiceSearchConnection(result.TotalCount, nodes,
                new PageInfo(end < result.TotalCount, nodes.Count > 0 ? Paging.EncodeCursor(end) : after), facets);
        }, ctx.CancellationToken);
    }
}
