using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid.GraphQL;

namespace RightHelp.Api.GraphQL;

/// <summary>
/// <c>node(id:)</c>: family records go through the same audited, rule-checked reads as
/// <c>plan(id:)</c>; anything else the viewer may not see answers "Not found." like a missing id.
/// </summary>
public static class NodeResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "node", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            var family = ctx.FamilyData();
            var ct = ctx.CancellationToken;
            object? node = GlobalId.Decode(ctx.GetArgument<string?>("id")) switch
            {
                ("Family", var id) => (await family.FamiliesAsync(viewer, [id], ct)).SingleOrDefault(),
                ("Plan", var id) => await family.PlanAsync(viewer, id, ct),
                ("Meeting", var id) => await family.MeetingAsync(viewer, id, ct),
                ("Question", var id) => await family.QuestionAsync(viewer, id, ct),
                ("Locality", var id) => await ctx.Database().RunAsync(db => db.Localities.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct), ct),
                ("Offer", var id) => await ctx.Database().RunAsync(db => db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct), ct),
                // Only published listings, as service(id:) and /oruk answer: a closed or withdrawn one is not public.
                ("Service", var id) => await ctx.Database().RunAsync(db => db.Services.AsNoTracking().Include(s => s.Organization)
                    .FirstOrDefaultAsync(s => s.Id == id && s.Status == ServiceStatus.Active, ct), ct),
                (FeedbackIds.Feedback, var id) => await FeedbackNodes.FeedbackAsync(ctx, viewer, id),
                (FeedbackIds.Response, var id) => await FeedbackNodes.ResponseAsync(ctx, viewer, id),
                _ => null,
            };
            return node ?? throw ResolveContextExtensions.NotFound();
        });
}
