using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Plans;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.CaseSystem;

/// <summary>
/// <c>upsertPlan</c>: the plan by the case system's reference, and a new version through the same
/// <see cref="PlanPublisher"/> practitioners use, only when what a reader would see has changed;
/// so a retried delivery adds nothing and the family's "what changed" works as for any version.
/// </summary>
public static class PlanUpsert
{
    public static async Task<Payload> RunAsync(ResolveContext ctx)
    {
        var viewer = await ctx.ViewerAsync();
        if (viewer.Role != ViewerRole.CaseSystem)
        {
            return Payload.Failed("plan", UserErrors.NotAllowed("Only a council's case system can send plans."));
        }
        var source = CaseSystemSource.Of(viewer);
        var errors = new List<InputError>();
        var input = new CaseSystemInput(ctx.Input(), "", errors);
        var reference = input.Required("reference", 100, "Give the plan's reference from your case system.");
        var familyReference = input.Required("familyReference", 100, "Give the reference of the family the plan belongs to.");
        var kind = input.Choice("kind", CaseSystemWords.PlanKinds, required: true);
        var status = input.Choice("status", CaseSystemWords.PlanStatuses, required: false);
        var startedOn = input.Date("startedOn", "the date the plan started");
        var leadWorkerEmail = input.Email("leadWorkerEmail");
        var subjects = input.Strings("subjectReferences");
        if (subjects.Count != 1 || subjects[0].Length == 0)
        {
            input.Problem("subjectReferences", "Give the reference of the one child or young person this plan is for. Right Help keeps a plan for each child, so send one plan for each.");
        }
        var version = input.Object("version");
        var changeNote = version.Raw("changeNote");
        var sections = version.List("sections").Select(s => new
        {
            Input = s,
            Heading = s.Choice("heading", CaseSystemWords.Headings, required: true),
            Audience = s.Choice("audience", CaseSystemWords.Audiences, required: false) ?? Audience.Everyone,
            Markdown = s.Raw("markdown"),
        }).ToList();
        var actions = version.List("actions").Select(a => new ActionDraft(
            a.Raw("who"),
            a.Raw("what"),
            a.Date("byWhen", "the date it should be done by"),
            a.Choice("status", CaseSystemWords.ActionStatuses, required: false) ?? ActionStatus.NotStarted,
            a.Choice("audience", CaseSystemWords.Audiences, required: false) ?? Audience.Everyone)).ToList();
        var drafts = sections.Where(s => s.Heading is not null).Select(s => new SectionDraft(s.Heading!.Value, s.Audience, s.Markdown)).ToList();
        if (drafts.Count == sections.Count)
        {
            errors.AddRange(PlanPublisher.Validate(version.Path, changeNote, drafts, actions));
        }

        var now = ctx.GetService<TimeProvider>().GetUtcNow();
        return await ctx.Database().RunAsync(db => UniqueViolation.RetryOnceAsync(db, async () =>
        {
            var family = familyReference.Length == 0 ? null : await db.Families.AsNoTracking().Include(f => f.Members)
                .FirstOrDefaultAsync(f => f.ExternalSource == source && f.ExternalReference == familyReference, ctx.CancellationToken);
            if (family is null && familyReference.Length > 0)
            {
                input.Problem("familyReference", $"We do not have a family with the reference \"{familyReference}\" from your case system. Send it with upsertFamily first.");
            }
            var plan = reference.Length == 0 ? null : await db.Plans
                .FirstOrDefaultAsync(p => p.ExternalSource == source && p.ExternalReference == reference, ctx.CancellationToken);
            if (plan is not null && family is not null && plan.FamilyId != family.Id)
            {
                input.Problem("familyReference", $"The plan \"{reference}\" belongs to another family in Right Help. A plan cannot move between families.");
            }
            var subject = family?.Members.FirstOrDefault(m => m.ExternalSource == source && m.ExternalReference == subjects.FirstOrDefault());
            if (family is not null && subjects.Count == 1 && subjects[0].Length > 0)
            {
                if (subject is null)
                {
                    input.Problem("subjectReferences", $"\"{subjects[0]}\" is not a member of the family \"{familyReference}\". Send them with upsertFamily first.");
                }
                else if (subject.Role != PersonRole.ChildOrYoungPerson)
                {
                    input.Problem("subjectReferences", $"\"{subjects[0]}\" is a parent or carer. A plan is for a child or young person.");
                }
            }
            var leadWorker = leadWorkerEmail is null ? null : await db.Workers.AsNoTracking()
                .FirstOrDefaultAsync(w => w.Email.ToLower() == leadWorkerEmail.ToLower(), ctx.CancellationToken);
            if (leadWorkerEmail is not null && leadWorker is null)
            {
                input.Problem("leadWorkerEmail", $"Nobody in Right Help has the work email \"{leadWorkerEmail}\". Check it, or ask the Right Help team to add this worker.");
            }
            else if (leadWorkerEmail is null && plan is null)
            {
                input.Problem("leadWorkerEmail", "Give the work email of the plan's lead practitioner, so the family knows who to talk to.");
            }
            if (errors.Count > 0)
            {
                return new Payload("plan", null, errors);
            }

            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
            if (plan is null)
            {
                plan = new Plan { FamilyId = family!.Id, ExternalSource = source, ExternalReference = reference, CreatedAt = now, StartedOn = startedOn ?? today };
                db.Plans.Add(plan);
            }
            plan.Kind = kind!.Value;
            plan.SubjectPersonId = subject!.Id;
            plan.LeadWorkerId = leadWorker?.Id ?? plan.LeadWorkerId;
            plan.StartedOn = startedOn ?? plan.StartedOn;
            plan.Status = status ?? plan.Status;
            plan.EndedOn = plan.Status == PlanStatus.Closed ? plan.EndedOn ?? today : null;
            // The lead practitioner reaches a family only through their caseload.
            if (!await db.CaseloadEntries.AnyAsync(c => c.WorkerId == plan.LeadWorkerId && c.FamilyId == plan.FamilyId, ctx.CancellationToken))
            {
                db.CaseloadEntries.Add(new CaseloadEntry { WorkerId = plan.LeadWorkerId, FamilyId = plan.FamilyId, Since = today });
            }

            var latest = await PlanPublisher.LatestAsync(db, plan.Id, ctx.CancellationToken);
            var audit = new List<AuditEntry> { new("plan.upsert", "Plan", plan.Id, plan.FamilyId) };
            var number = latest?.Number ?? 0;
            var published = !PlanPublisher.SameContent(latest, drafts, actions);
            if (published)
            {
                // Written by the lead practitioner in the case system; the audit log records that the case system sent it.
                var next = PlanPublisher.NextVersion(plan.Id, latest, plan.LeadWorkerId, changeNote, drafts, actions, now);
                db.PlanVersions.Add(next);
                plan.UpdatedAt = now;
                number = next.Number;
                audit.Add(new AuditEntry("plan.publish", "Plan", plan.Id, plan.FamilyId));
            }
            else if (db.Entry(plan).State == EntityState.Modified)
            {
                plan.UpdatedAt = now;
            }
            await ctx.GetService<AuditTrail>().RecordAsync(db, viewer, audit, ctx.CancellationToken);
            return Payload.Ok("plan", new CaseSystemPlan(GlobalId.Encode("Plan", plan.Id), reference, familyReference, number, published));
        }), ctx.CancellationToken);
    }
}
