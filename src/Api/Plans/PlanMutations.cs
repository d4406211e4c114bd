using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Plans;

/// <summary>Publishing a plan version (the family's practitioner) and "I have seen it" (the family).</summary>
public static class PlanMutations
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Mutation", "markPlanSeen", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            if (!viewer.IsFamilyMember || viewer.PersonId is not { } personId)
            {
                return Payload.Failed("plan", UserErrors.NotAllowed("Only family members mark a plan as seen."));
            }
            var planId = GlobalId.DecodeAs(ctx.Input().GetValueOrDefault("planId") as string, "Plan");
            var plan = planId is { } id ? await ctx.FamilyData().PlanAsync(viewer, id, ctx.CancellationToken) : null;
            if (plan is null)
            {
                return Payload.Failed("plan", UserErrors.NotFound("plan"));
            }
            return await ctx.Database().RunAsync<Payload>(async db =>
            {
                var latest = await db.PlanVersions.Where(v => v.PlanId == plan.Id).OrderByDescending(v => v.Number)
                    .Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ctx.CancellationToken);
                if (latest is { } versionId)
                {
                    db.PlanViews.Add(new PlanView { PlanId = plan.Id, PlanVersionId = versionId, PersonId = personId, ViewedAt = ctx.GetService<TimeProvider>().GetUtcNow() });
                    // A write to family data like any other: audited in the same save, not only the read before it.
                    await ctx.GetService<AuditTrail>().RecordAsync(db, viewer, [new AuditEntry("plan.seen", "Plan", plan.Id, plan.FamilyId)], ctx.CancellationToken);
                }
                return Payload.Ok("plan", plan);
            }, ctx.CancellationToken);
        })
        .AddAsync("Mutation", "publishPlanVersion", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            var input = ctx.Input();
            if (viewer.Role != ViewerRole.Practitioner && viewer.Role != ViewerRole.Manager || viewer.WorkerId is not { } workerId)
            {
                return Payload.Failed("plan", UserErrors.NotAllowed("Only the family's practitioner can publish a plan."));
            }
            var planId = GlobalId.DecodeAs(input.GetValueOrDefault("planId") as string, "Plan");
            var changeNote = input.GetValueOrDefault("changeNote") as string ?? "";
            var sections = (input.GetValueOrDefault("sections") as IEnumerable<object?> ?? []).OfType<IReadOnlyDictionary<string, object?>>()
                .Select(s => new SectionDraft(
                    s.GetValueOrDefault("key") as SectionHeading? ?? SectionHeading.WhatNeedsToHappen,
                    s.GetValueOrDefault("audience") as Audience? ?? Audience.Everyone,
                    s.GetValueOrDefault("markdown") as string ?? ""))
                .ToList();
            var actions = (input.GetValueOrDefault("actions") as IEnumerable<object?> ?? []).OfType<IReadOnlyDictionary<string, object?>>()
                .Select(a => new ActionDraft(
                    a.GetValueOrDefault("who") as string ?? "",
                    a.GetValueOrDefault("what") as string ?? "",
                    a.GetValueOrDefault("byWhen") as DateOnly?,
                    a.GetValueOrDefault("status") as ActionStatus? ?? ActionStatus.NotStarted,
                    a.GetValueOrDefault("audience") as Audience? ?? Audience.Everyone))
                .ToList();
            var errors = PlanPublisher.Validate("", changeNote, sections, actions);
            if (errors.Count > 0)
            {
                return new Payload("plan", null, errors);
            }
            var now = ctx.GetService<TimeProvider>().GetUtcNow();
            return await ctx.Database().RunAsync<Payload>(async db =>
            {
                var plan = planId is { } id ? await db.Plans.FirstOrDefaultAsync(p => p.Id == id, ctx.CancellationToken) : null;
                if (plan is null || !viewer.MayReachFamily(plan.FamilyId))
                {
                    return Payload.Failed("plan", UserErrors.NotFound("plan"));
                }
                var previous = await PlanPublisher.LatestAsync(db, plan.Id, ctx.CancellationToken);
                var version = PlanPublisher.NextVersion(plan.Id, previous, workerId, changeNote, sections, actions, now);
                db.PlanVersions.Add(version);
                plan.UpdatedAt = now;
                await ctx.GetService<AuditTrail>().RecordAsync(db, viewer, [new AuditEntry("plan.publish", "Plan", plan.Id, plan.FamilyId)], ctx.CancellationToken);
                return Payload.Ok("plan", plan);
            }, ctx.CancellationToken);
        });
}
