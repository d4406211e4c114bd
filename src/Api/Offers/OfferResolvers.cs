using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Localities;

namespace RightHelp.Api.Offers;

public static class OfferResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "offers", ctx =>
        {
            var filter = OfferFilter.From(ctx.GetArgument<IReadOnlyDictionary<string, object?>?>("filter"));
            return Paging.PageAsync(ctx.Database(), db => filter.Apply(db.Offers.AsNoTracking()), ctx);
        })
        .Add("Offer", "id", ctx => GlobalId.Encode("Offer", ctx.GetSource<Offer>().Id))
        .Add("Offer", "startTime", ctx => Time(ctx.GetSource<Offer>().StartTime))
        .Add("Offer", "endTime", ctx => Time(ctx.GetSource<Offer>().EndTime))
        .AddAsync("Offer", "locality", ctx => LocalityResolvers.LoadAsync(ctx, ctx.GetSource<Offer>().LocalityId));

    private static string? Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
