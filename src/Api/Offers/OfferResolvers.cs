using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Localities;

namespace RightHelp.Api.Offers;

public static class OfferResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "offers", ctx =>
        {
            var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>?>("filter");
            var locality = GlobalId.DecodeAs(filter?.GetValueOrDefault("locality") as string, "Locality");
            var category = filter?.GetValueOrDefault("category") as OfferCategory?;
            var age = filter?.GetValueOrDefault("age") as int?;
            var freeOnly = filter?.GetValueOrDefault("freeOnly") as bool? ?? false;
            return Paging.PageAsync(ctx.Database(), db =>
            {
                var offers = db.Offers.AsQueryable();
                if (locality is { } localityId)
                {
                    offers = offers.Where(o => o.LocalityId == localityId);
                }
                if (category is { } wanted)
                {
                    offers = offers.Where(o => o.Category == wanted);
                }
                if (age is { } years)
                {
                    offers = offers.Where(o => (o.MinimumAge == null || o.MinimumAge <= years) && (o.MaximumAge == null || o.MaximumAge >= years));
                }
                if (freeOnly)
                {
                    offers = offers.Where(o => o.IsFree);
                }
                return offers.OrderByDescending(o => o.IsFree).ThenBy(o => o.Title).ThenBy(o => o.Id);
            }, ctx);
        })
        .Add("Offer", "id", ctx => GlobalId.Encode("Offer", ctx.GetSource<Offer>().Id))
        .AddAsync("Offer", "locality", ctx => LocalityResolvers.LoadAsync(ctx, ctx.GetSource<Offer>().LocalityId));
}
