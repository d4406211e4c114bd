using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.Families;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Plans;

namespace RightHelp.Api.Bench;

/// <summary>
/// The family plan page's query (the Portal's <c>Plan</c> operation) without GraphQL: the same reads
/// through the same audited accessor, in the order the resolvers make them, and the same JSON.
/// </summary>
public static class BenchPlanEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, ViewerAccessor viewers, FamilyData family,
        RequestDatabase database, SectionRenderer renderer, CancellationToken cancellationToken)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: cancellationToken);
        var viewer = await viewers.GetAsync(http.User, cancellationToken);
        var id = body.RootElement.TryGetProperty("id", out var value) ? GlobalId.DecodeAs(value.GetString(), "Plan") : null;
        if (id is null || await family.PlanAsync(viewer, id.Value, cancellationToken) is not { } plan)
        {
            return Results.Json(new { data = new { plan = (object?)null } }, BenchJson.Options);
        }
        var subject = await database.RunAsync(db => db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == plan.SubjectPersonId, cancellationToken), cancellationToken);
        var lead = await database.RunAsync(db => db.Workers.AsNoTracking().Include(w => w.Successor).FirstOrDefaultAsync(w => w.Id == plan.LeadWorkerId, cancellationToken), cancellationToken);
        var latest = (await family.LatestVersionsAsync(viewer, [plan.Id], cancellationToken)).GetValueOrDefault(plan.Id);
        PlanVersion? seen = null;
        if (latest is not null)
        {
            seen = (await family.LastViewedVersionsAsync(viewer, [plan.Id], cancellationToken)).GetValueOrDefault(plan.Id);
        }
        var reads = await family.PlanReadsAsync(viewer, plan.Id, cancellationToken);
        var changes = latest is null ? null : PlanComparison.Compare(plan, seen, latest);
        return Results.Json(new
        {
            data = new
            {
                plan = new
                {
                    id = GlobalId.Encode("Plan", plan.Id),
                    kindName = PlanWords.KindName(plan.Kind),
                    status = plan.Status,
                    subjectName = subject is null ? "" : subject.PreferredName ?? subject.GivenName,
                    startedOn = plan.StartedOn,
                    version = latest?.Number,
                    publishedAt = latest?.PublishedAt,
                    leadWorker = lead is null ? null : Member(lead),
                    sections = latest is null ? [] : latest.Sections.Select(s =>
                    {
                        var text = renderer.Render(new SectionView(s, plan, latest));
                        return new
                        {
                            key = s.Heading,
                            heading = PlanWords.Heading(s.Heading),
                            audience = s.Audience,
                            body = new
                            {
                                html = text.Html,
                                text = text.Text,
                                readingAge = text.ReadingAge,
                                terms = text.Terms.Select(t => new { term = t.Term, explanation = t.Explanation }),
                            },
                        };
                    }).ToList(),
                    actions = latest is null ? [] : latest.Actions.Select(Action).ToList(),
                    changesSinceLastViewed = changes is null ? null : new
                    {
                        lastViewedVersion = changes.LastViewedVersion,
                        currentVersion = changes.CurrentVersion,
                        sectionsChanged = changes.SectionsChanged,
                        actionsAdded = changes.ActionsAdded.Select(a => Action(a.Action)),
                        actionsChanged = changes.ActionsChanged.Select(a => Action(a.Action)),
                        actionsDone = changes.ActionsDone.Select(a => Action(a.Action)),
                    },
                    viewLog = reads.Select(e => new { role = e.Role, team = e.Team, viewedAt = e.At }),
                },
            },
        }, BenchJson.Options);
    }

    private static object Action(PlanAction action) => new { who = action.Who, what = action.What, byWhen = action.ByWhen, status = action.Status };

    private static object Member(Worker worker) => new
    {
        name = TeamMemberResolvers.Name(worker), pronouns = worker.Pronouns, jobTitle = worker.JobTitle, team = worker.TeamName,
        aboutMe = worker.AboutMe, email = worker.Email, phone = worker.Phone, workingPattern = worker.WorkingPattern, leavingOn = worker.LeavingOn,
        successor = worker.Successor is { } successor ? MemberWithoutSuccessor(successor) : null,
    };

    private static object MemberWithoutSuccessor(Worker worker) => new
    {
        name = TeamMemberResolvers.Name(worker), pronouns = worker.Pronouns, jobTitle = worker.JobTitle, team = worker.TeamName,
        aboutMe = worker.AboutMe, email = worker.Email, phone = worker.Phone, workingPattern = worker.WorkingPattern, leavingOn = worker.LeavingOn,
    };
}
