using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.Localities;

public static class LocalityResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "localities", ctx => AllAsync(ctx))
        .Add("Locality", "id", ctx => GlobalId.Encode("Locality", ctx.GetSource<Locality>().Id))
        .AddAsync("Query", "locality", async ctx =>
        {
            var slug = (ctx.GetArgument<string?>("slug") ?? "").Trim().ToLowerInvariant();
            return (await AllAsync(ctx)).FirstOrDefault(l => l.Slug == slug);
        })
        .AddAsync("Query", "findLocality", async ctx => LocalityFinder.Find(ctx.GetArgument<string?>("place"), await AllAsync(ctx)))
        .Add("LocalityFinderResult", "found", ctx => ctx.GetSource<LocalityFinderResult>().IsFound)
        .AddAsync("Locality", "whatsOnThisWeek", async ctx =>
        {
            var locality = ctx.GetSource<Locality>();
            var offers = await ctx.Database().RunAsync<IReadOnlyList<Offer>>(
                async db => await db.Offers.AsNoTracking().Where(o => o.LocalityId == locality.Id && o.Day != null).ToListAsync(ctx.CancellationToken),
                ctx.CancellationToken);
            return LocalityWeek.Sessions(offers, LocalityWeek.Today(ctx.GetService<TimeProvider>()));
        })
        .AddAsync("Locality", "partnershipMeetings", ctx =>
        {
            var locality = ctx.GetSource<Locality>();
            var now = ctx.GetService<TimeProvider>().GetUtcNow();
            return ctx.Database().RunAsync<IReadOnlyList<PartnershipMeeting>>(
                async db => await db.PartnershipMeetings.AsNoTracking()
                    .Where(m => m.LocalityId == locality.Id && m.EndsAt >= now)
                    .OrderBy(m => m.StartsAt)
                    .ToListAsync(ctx.CancellationToken),
                ctx.CancellationToken);
        })
        .AddAsync("Locality", "profile", async ctx =>
        {
            var locality = ctx.GetSource<Locality>();
            var items = await ctx.Database().RunAsync<IReadOnlyList<LocalityProfileItem>>(
                async db => await db.LocalityProfileItems.AsNoTracking()
                    .Where(p => p.LocalityId == locality.Id)
                    .OrderBy(p => p.Position)
                    .ToListAsync(ctx.CancellationToken),
                ctx.CancellationToken);
            return items.Select(p => new LocalityProfileLine(p.Label, p.Count, $"{p.Count} in every 100 children {p.Label}.", p.Source)).ToList();
        });

    /// <summary>Localities by id for one request, in one query however many objects ask.</summary>
    public static Task<Locality?> LoadAsync(ResolveContext ctx, Guid id)
        => ctx.Loader<Guid, Locality>("localityById", (_, ids, ct) => ctx.Database().RunAsync<IReadOnlyDictionary<Guid, Locality>>(
            async db => await db.Localities.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct), ct)).LoadAsync(id);

    private static Task<IReadOnlyList<Locality>> AllAsync(ResolveContext ctx)
        => ctx.Database().RunAsync<IReadOnlyList<Locality>>(
            async db => await db.Localities.AsNoTracking().OrderBy(l => l.Name).ToListAsync(ctx.CancellationToken), ctx.CancellationToken);
}
