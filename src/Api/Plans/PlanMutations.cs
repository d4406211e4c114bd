using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Plans;

/// <summary>Publishing a plan version (the family's practitioner) and "I have seen it" (the family).</summary>
public static class PlanMutations
{
    public const int MaxSectionLength = 20_000;

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
            var changeNote = (input.GetValueOrDefault("changeNote") as string ?? "").Trim();
            var sections = (input.GetValueOrDefault("sections") as IEnumerable<object?> ?? []).OfType<IReadOnlyDictionary<string, object?>>().ToList();
            var actions = (input.GetValueOrDefault("actions") as IEnumerable<object?> ?? []).OfType<IReadOnlyDictionary<string, object?>>().ToList();
            var errors = new List<object>();
            if (changeNote.Length is 0 or > 500)
            {
                errors.Add(UserErrors.Invalid("changeNote", "Say in a few words why this version exists (up to 500 characters)."));
            }
            if (sections.Count == 0)
            {
                errors.Add(UserErrors.Invalid("sections", "A plan needs at least one section."));
            }
            for (var i = 0; i < sections.Count; i++)
            {
                var markdown = sections[i].GetValueOrDefault("markdown") as string ?? "";
                if (markdown.Trim().Length == 0 || markdown.Length > MaxSectionLength)
                {
                    errors.Add(UserErrors.Invalid($"sections[{i}].markdown", $"Each section needs text, up to {MaxSectionLength} characters."));
                }
            }
            for (var i = 0; i < actions.Count; i++)
            {
                if ((actions[i].GetValueOrDefault("who") as string ?? "").Trim().Length == 0 || (actions[i].GetValueOrDefault("what") as string ?? "").Trim().Length == 0)
                {
                    errors.Add(UserErrors.Invalid($"actions[{i}]", "Each action says who does what."));
                }
            }
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
                var previous = await db.PlanVersions.AsNoTracking().Include(v => v.Actions)
                    .Where(v => v.PlanId == plan.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ctx.CancellationToken);
                var version = new PlanVersion
                {
                    PlanId = plan.Id,
                    Number = (previous?.Number ?? 0) + 1,
                    PublishedAt = now,
                    PublishedById = workerId,
                    ChangeNote = changeNote,
                    Sections = [.. sections.Select((s, i) => new PlanSection
                    {
                        Heading = s.GetValueOrDefault("key") as SectionHeading? ?? SectionHeading.WhatNeedsToHappen,
                        Audience = s.GetValueOrDefault("audience") as Audience? ?? Audience.Everyone,
                        Position = i + 1,
                        Body = (string)s["markdown"]!,
                    })],
                    Actions = [.. actions.Select((a, i) =>
                    {
                        var who = ((string)a["who"]!).Trim();
                        var what = ((string)a["what"]!).Trim();
                        // The same who-and-what keeps its key, so the family sees it as changed rather than new.
                        var key = previous?.Actions.FirstOrDefault(p => p.Who == who && p.What == what)?.Key ?? Guid.CreateVersion7();
                        return new PlanAction
                        {
                            Key = key,
                            Position = i + 1,
                            Audience = a.GetValueOrDefault("audience") as Audience? ?? Audience.Everyone,
                            Who = who,
                            What = what,
                            ByWhen = a.GetValueOrDefault("byWhen") as DateOnly?,
                            Status = a.GetValueOrDefault("status") as ActionStatus? ?? ActionStatus.NotStarted,
                        };
                    })],
                };
                db.PlanVersions.Add(version);
                plan.UpdatedAt = now;
                await ctx.GetService<AuditTrail>().RecordAsync(db, viewer, [new AuditEntry("plan.publish", "Plan", plan.Id, plan.FamilyId)], ctx.CancellationToken);
                return Payload.Ok("plan", plan);
            }, ctx.CancellationToken);
        });
}
