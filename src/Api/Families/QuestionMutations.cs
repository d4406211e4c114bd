using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Families;

/// <summary>"Get back to me": a family member asks, a practitioner with the family on caseload answers.</summary>
public static class QuestionMutations
{
    public const int MaxLength = 2000;

    /// <summary>The promise families see: an answer within three working days.</summary>
    public static DateTimeOffset PromisedReplyBy(DateTimeOffset askedAt)
    {
        var date = askedAt;
        var added = 0;
        while (added < 3)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                added++;
            }
        }
        return date;
    }

    public static void Register(ResolverMap map) => map
        .AddAsync("Mutation", "askQuestion", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            var input = ctx.Input();
            var text = (input.GetValueOrDefault("text") as string ?? "").Trim();
            if (!viewer.IsFamilyMember)
            {
                return Payload.Failed("question", UserErrors.NotAllowed("Only a parent, carer or young person can ask their worker a question here."));
            }
            if (GlobalId.DecodeAs(input.GetValueOrDefault("familyId") as string, "Family") is not { } familyId || !viewer.MayReachFamily(familyId))
            {
                return Payload.Failed("question", UserErrors.NotYourFamily());
            }
            if (text.Length == 0 || text.Length > MaxLength)
            {
                return Payload.Failed("question", UserErrors.Invalid("text", text.Length == 0 ? "Write your question." : $"Your question must be {MaxLength} characters or fewer."));
            }
            var planArgument = input.GetValueOrDefault("planId") as string;
            var planId = GlobalId.DecodeAs(planArgument, "Plan");
            var now = ctx.GetService<TimeProvider>().GetUtcNow();
            return await ctx.Database().RunAsync<Payload>(async db =>
            {
                Plan? plan = null;
                if (planArgument is not null)
                {
                    plan = planId is { } id ? await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.FamilyId == familyId, ctx.CancellationToken) : null;
                    if (plan is null || !viewer.MaySeePlan(plan.FamilyId, plan.SubjectPersonId))
                    {
                        return Payload.Failed("question", UserErrors.NotFound("plan"));
                    }
                }
                var workerId = plan?.LeadWorkerId ?? await db.CaseloadEntries.Where(c => c.FamilyId == familyId)
                    .OrderBy(c => c.Since).Select(c => (Guid?)c.WorkerId).FirstOrDefaultAsync(ctx.CancellationToken);
                if (workerId is null)
                {
                    return Payload.Failed("question", UserErrors.NotAllowed("Your family does not have a worker yet, so there is nobody to answer. Call the early help team instead."));
                }
                var question = new Question
                {
                    FamilyId = familyId,
                    AskedById = viewer.PersonId!.Value,
                    WorkerId = workerId.Value,
                    PlanId = plan?.Id,
                    Text = text,
                    AskedAt = now,
                    PromisedReplyBy = PromisedReplyBy(now),
                };
                db.Questions.Add(question);
                await ctx.GetService<AuditTrail>().RecordAsync(db, viewer, [new AuditEntry("question.ask", "Question", question.Id, familyId)], ctx.CancellationToken);
                return Payload.Ok("question", question);
            }, ctx.CancellationToken);
        })
        .AddAsync("Mutation", "answerQuestion", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            var input = ctx.Input();
            var answer = (input.GetValueOrDefault("answer") as string ?? "").Trim();
            if (viewer.Role != ViewerRole.Practitioner && viewer.Role != ViewerRole.Manager)
            {
                return Payload.Failed("question", UserErrors.NotAllowed("Only the family's practitioner can answer questions."));
            }
            if (answer.Length == 0 || answer.Length > MaxLength)
            {
                return Payload.Failed("question", UserErrors.Invalid("answer", answer.Length == 0 ? "Write your answer." : $"The answer must be {MaxLength} characters or fewer."));
            }
            var questionId = GlobalId.DecodeAs(input.GetValueOrDefault("questionId") as string, "Question");
            var now = ctx.GetService<TimeProvider>().GetUtcNow();
            return await ctx.Database().RunAsync<Payload>(async db =>
            {
                var question = questionId is { } id ? await db.Questions.FirstOrDefaultAsync(q => q.Id == id, ctx.CancellationToken) : null;
                if (question is null || !viewer.MayReachFamily(question.FamilyId))
                {
                    return Payload.Failed("question", UserErrors.NotFound("question"));
                }
                question.Answer = answer;
                question.AnsweredAt = now;
                question.AnsweredById = viewer.WorkerId;
                await ctx.GetService<AuditTrail>().RecordAsync(db, viewer, [new AuditEntry("question.answer", "Question", question.Id, question.FamilyId)], ctx.CancellationToken);
                return Payload.Ok("question", question);
            }, ctx.CancellationToken);
        });
}
