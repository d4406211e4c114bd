using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Listings;

/// <summary>A partner's own listings, and the editors' queue of changes waiting for review.</summary>
public static class ListingResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "myListings", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            if (viewer is not { Role: ViewerRole.Partner, OrganizationId: { } organizationId })
            {
                return (IReadOnlyList<ListingView>)[];
            }
            return await ctx.Database().RunAsync(async db =>
            {
                var services = await WithListingParts(db.Services)
                    .Where(s => s.OrganizationId == organizationId)
                    .OrderBy(s => s.Name)
                    .ToListAsync(ctx.CancellationToken);
                var ids = services.Select(s => s.Id).ToList();
                var pending = await db.ListingChanges.AsNoTracking()
                    .Where(c => c.Status == ModerationStatus.Pending && c.ServiceId != null && ids.Contains(c.ServiceId.Value))
                    .OrderByDescending(c => c.SubmittedAt)
                    .ToListAsync(ctx.CancellationToken);
                return (IReadOnlyList<ListingView>)[.. services.Select(s => View(s, pending.FirstOrDefault(c => c.ServiceId == s.Id)))];
            }, ctx.CancellationToken);
        })
        .AddAsync("Query", "moderationQueue", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            if (viewer.Role != ViewerRole.Editor)
            {
                return (IReadOnlyList<ListingChangeView>)[];
            }
            return await ctx.Database().RunAsync(async db =>
            {
                var changes = await db.ListingChanges.AsNoTracking()
                    .Include(c => c.Organization)
                    .Include(c => c.Service).ThenInclude(s => s!.Eligibilities)
                    .Include(c => c.Service).ThenInclude(s => s!.Contacts)
                    .Where(c => c.Status == ModerationStatus.Pending)
                    .OrderBy(c => c.SubmittedAt)
                    .AsSplitQuery()
                    .ToListAsync(ctx.CancellationToken);
                return (IReadOnlyList<ListingChangeView>)[.. changes.Select(ChangeView)];
            }, ctx.CancellationToken);
        })
        .Add("Listing", "id", ctx => GlobalId.Encode("Service", ctx.GetSource<ListingView>().Service.Id))
        .Add("Listing", "organizationName", ctx => ctx.GetSource<ListingView>().Service.Organization?.Name ?? "")
        .Add("Listing", "lastVerifiedOn", ctx => ctx.GetSource<ListingView>().Service.AssuredDate)
        .Add("Listing", "current", ctx => ctx.GetSource<ListingView>().Fields)
        .Add("Listing", "pendingChange", ctx => ctx.GetSource<ListingView>().PendingChange)
        .Add("ListingChange", "id", ctx => GlobalId.Encode("ListingChange", ctx.GetSource<ListingChangeView>().Change.Id))
        .Add("ListingChange", "serviceId", ctx => ctx.GetSource<ListingChangeView>().Change.ServiceId is { } id ? GlobalId.Encode("Service", id) : null)
        .Add("ListingChange", "serviceName", ctx => ctx.GetSource<ListingChangeView>().ServiceName)
        .Add("ListingChange", "organizationName", ctx => ctx.GetSource<ListingChangeView>().OrganizationName)
        .Add("ListingChange", "status", ctx => ctx.GetSource<ListingChangeView>().Change.Status)
        .Add("ListingChange", "submittedByName", ctx => ctx.GetSource<ListingChangeView>().Change.SubmittedByName)
        .Add("ListingChange", "submittedAt", ctx => ctx.GetSource<ListingChangeView>().Change.SubmittedAt)
        .Add("ListingChange", "reviewNote", ctx => ctx.GetSource<ListingChangeView>().Change.ReviewNote)
        .Add("ListingChange", "proposed", ctx => ctx.GetSource<ListingChangeView>().Proposed)
        .Add("ListingChange", "current", ctx => ctx.GetSource<ListingChangeView>().Current);

    /// <summary>A service with what a listing shows: its organisation, eligibility and contacts.</summary>
    public static IQueryable<Service> WithListingParts(IQueryable<Service> services)
        => services.AsNoTracking().Include(s => s.Organization).Include(s => s.Eligibilities).Include(s => s.Contacts).AsSplitQuery();

    public static ListingView View(Service service, ListingChange? pending)
        => new(service, ListingFields.Of(service), pending is null ? null : ChangeView(pending, service));

    public static ListingChangeView ChangeView(ListingChange change)
        => ChangeView(change, change.Service);

    public static ListingChangeView ChangeView(ListingChange change, Service? service)
        => new(change, ListingFields.FromJson(change.Proposed), service is null ? null : ListingFields.Of(service),
            service?.Name ?? "", change.Organization?.Name ?? service?.Organization?.Name ?? "");
}
