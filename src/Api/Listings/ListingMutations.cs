using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Localities;

namespace RightHelp.Api.Listings;

/// <summary>
/// Partners propose changes to their own organisation's listings; nothing is published until an
/// editor approves, which also dates the listing as verified. "Still correct" is confirmed at once
/// (see <see cref="Confirm"/>).
/// </summary>
public static class ListingMutations
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Mutation", "proposeListingChange", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            var input = ctx.Input();
            if (viewer is not { Role: ViewerRole.Partner, OrganizationId: { } organizationId })
            {
                return Payload.Failed("change", UserErrors.NotAllowed("Only a member of the organisation that runs a service can change its listing."));
            }
            var (fields, errors) = ListingValidator.Read(input);
            if (fields is null)
            {
                return Payload.Failed("change", [.. errors]);
            }
            var serviceId = GlobalId.DecodeAs(input.GetValueOrDefault("serviceId") as string, "Service");
            var time = ctx.GetService<TimeProvider>();
            var name = ctx.Request.User?.FindFirstValue("name") ?? "";
            return await ctx.Database().RunAsync<Payload>(async db =>
            {
                var service = serviceId is { } id ? await ListingResolvers.WithListingParts(db.Services).FirstOrDefaultAsync(s => s.Id == id, ctx.CancellationToken) : null;
                if (service is null || service.OrganizationId != organizationId)
                {
                    return Payload.Failed("change", UserErrors.NotFound("listing"));
                }
                // A newer proposal replaces an older one still waiting, so editors never approve a stale edit.
                var waiting = await db.ListingChanges.Where(c => c.ServiceId == service.Id && c.Status == ModerationStatus.Pending).ToListAsync(ctx.CancellationToken);
                db.ListingChanges.RemoveRange(waiting);
                var change = new ListingChange
                {
                    ServiceId = service.Id,
                    OrganizationId = organizationId,
                    Proposed = fields.ToJson(),
                    Status = ModerationStatus.Pending,
                    SubmittedBySubject = viewer.Subject,
                    SubmittedByName = name.Length > 0 ? name : service.Organization?.Name ?? "",
                    SubmittedAt = time.GetUtcNow(),
                };
                db.ListingChanges.Add(change);
                ListingAudit.Record(db, viewer, ctx.GetService<AuditTrail>(), time, "listing.propose", change.Id);
                await db.SaveChangesAsync(ctx.CancellationToken);
                return Payload.Ok("change", ListingResolvers.ChangeView(change, service));
            }, ctx.CancellationToken);
        })
        .AddAsync("Mutation", "confirmListingCorrect", Confirm)
        .AddAsync("Mutation", "approveListingChange", ctx => ReviewAsync(ctx, approve: true))
        .AddAsync("Mutation", "rejectListingChange", ctx => ReviewAsync(ctx, approve: false));

    /// <summary>
    /// "Still correct" changes nothing that is published, only the verified date, and it is the
    /// owner's word that counts: so it is dated at once (and audited) rather than queued, which
    /// would fill the editors' queue with nothing to review and hide the edits that need them.
    /// </summary>
    private static async Task<Payload> Confirm(RightHelp.GraphQL.Execution.ResolveContext ctx)
    {
        var viewer = await ctx.ViewerAsync();
        if (viewer is not { Role: ViewerRole.Partner, OrganizationId: { } organizationId })
        {
            return Payload.Failed("listing", UserErrors.NotAllowed("Only a member of the organisation that runs a service can confirm its listing."));
        }
        var serviceId = GlobalId.DecodeAs(ctx.Input().GetValueOrDefault("serviceId") as string, "Service");
        var time = ctx.GetService<TimeProvider>();
        return await ctx.Database().RunAsync<Payload>(async db =>
        {
            var service = serviceId is { } id
                ? await db.Services.Include(s => s.Organization).Include(s => s.Eligibilities).Include(s => s.Contacts).AsSplitQuery()
                    .FirstOrDefaultAsync(s => s.Id == id, ctx.CancellationToken)
                : null;
            if (service is null || service.OrganizationId != organizationId)
            {
                return Payload.Failed("listing", UserErrors.NotFound("listing"));
            }
            service.AssuredDate = LocalityWeek.Today(time);
            service.LastModified = time.GetUtcNow();
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAt = time.GetUtcNow(),
                ActorIssuer = viewer.Issuer,
                ActorSubject = viewer.Subject,
                ActorRole = viewer.AuditRole,
                Action = "listing.confirm",
                EntityType = "Service",
                EntityId = service.Id,
                CorrelationId = ctx.GetService<AuditTrail>().CorrelationId,
            });
            await db.SaveChangesAsync(ctx.CancellationToken);
            return Payload.Ok("listing", ListingResolvers.View(service, null));
        }, ctx.CancellationToken);
    }

    private static async Task<Payload> ReviewAsync(RightHelp.GraphQL.Execution.ResolveContext ctx, bool approve)
    {
        var viewer = await ctx.ViewerAsync();
        var input = ctx.Input();
        if (viewer.Role != ViewerRole.Editor)
        {
            return Payload.Failed("change", UserErrors.NotAllowed("Only an editor can review listing changes."));
        }
        var reason = (input.GetValueOrDefault("reason") as string ?? "").Trim();
        if (!approve && (reason.Length == 0 || reason.Length > 1000))
        {
            return Payload.Failed("change", UserErrors.Invalid("reason", reason.Length == 0 ? "Say why, so the partner can put it right." : "The reason must be 1000 characters or fewer."));
        }
        var changeId = GlobalId.DecodeAs(input.GetValueOrDefault("id") as string, "ListingChange");
        var time = ctx.GetService<TimeProvider>();
        return await ctx.Database().RunAsync<Payload>(async db =>
        {
            var change = changeId is { } id
                ? await db.ListingChanges.Include(c => c.Organization)
                    .Include(c => c.Service).ThenInclude(s => s!.Eligibilities)
                    .Include(c => c.Service).ThenInclude(s => s!.Contacts)
                    .AsSplitQuery()
                    .FirstOrDefaultAsync(c => c.Id == id && c.Status == ModerationStatus.Pending, ctx.CancellationToken)
                : null;
            if (change?.Service is not { } service)
            {
                return Payload.Failed("change", UserErrors.NotFound("change waiting for review"));
            }
            var now = time.GetUtcNow();
            change.Status = approve ? ModerationStatus.Approved : ModerationStatus.Rejected;
            change.ReviewedBySubject = viewer.Subject;
            change.ReviewedAt = now;
            change.ReviewNote = approve ? null : reason;
            if (approve)
            {
                ListingFields.FromJson(change.Proposed).ApplyTo(service, db);
                service.AssuredDate = LocalityWeek.Today(time);
                service.LastModified = now;
            }
            ListingAudit.Record(db, viewer, ctx.GetService<AuditTrail>(), time, approve ? "listing.approve" : "listing.reject", change.Id, approve ? null : reason);
            await db.SaveChangesAsync(ctx.CancellationToken);
            return Payload.Ok("change", ListingResolvers.ChangeView(change));
        }, ctx.CancellationToken);
    }
}
