using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.Families;
using RightHelp.Api.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.Plans;

/// <summary>A plan, its latest version's sections and actions for this viewer, what changed and who looked.</summary>
public static class PlanResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "plan", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            return ctx.GlobalIdArgument("id", "Plan") is { } id
                   && await ctx.FamilyData().PlanAsync(viewer, id, ctx.CancellationToken) is { } plan
                ? plan
                : throw ResolveContextExtensions.NotFound();
        })
        .Add("Plan", "id", ctx => GlobalId.Encode("Plan", ctx.GetSource<Plan>().Id))
        .Add("Plan", "kindName", ctx => PlanWords.KindName(ctx.GetSource<Plan>().Kind))
        .AddAsync("Plan", "subjectName", async ctx =>
        {
            var person = await PersonAsync(ctx, ctx.GetSource<Plan>().SubjectPersonId);
            return person is null ? "" : person.PreferredName ?? person.GivenName;
        })
        .AddAsync("Plan", "leadWorker", ctx => WorkerAsync(ctx, ctx.GetSource<Plan>().LeadWorkerId))
        .AddAsync("Plan", "version", async ctx => (await LatestAsync(ctx))?.Number)
        .AddAsync("Plan", "publishedAt", async ctx => (await LatestAsync(ctx))?.PublishedAt)
        .AddAsync("Plan", "sections", async ctx =>
        {
            var plan = ctx.GetSource<Plan>();
            var version = await LatestAsync(ctx);
            return version is null ? [] : version.Sections.Select(s => new SectionView(s, plan, version)).ToList();
        })
        .AddAsync("Plan", "actions", async ctx =>
        {
            var plan = ctx.GetSource<Plan>();
            var version = await LatestAsync(ctx);
            return version is null ? [] : version.Actions.Select(a => new ActionView(a, plan)).ToList();
        })
        .AddAsync("Plan", "changesSinceLastViewed", async ctx =>
        {
            var plan = ctx.GetSource<Plan>();
            var latest = await LatestAsync(ctx);
            if (latest is null)
            {
                return null;
            }
            var seen = await ctx.Loader<Guid, PlanVersion>("lastViewedVersion",
                (viewer, ids, ct) => ctx.FamilyData().LastViewedVersionsAsync(viewer, ids, ct)).LoadAsync(plan.Id);
            return new PlanChangesView(plan, PlanComparison.Compare(plan, seen, latest));
        })
        .AddAsync("Plan", "viewLog", async ctx =>
        {
            var plan = ctx.GetSource<Plan>();
            var viewer = await ctx.ViewerAsync();
            var reads = await ctx.FamilyData().PlanReadsAsync(viewer, plan.Id, ctx.CancellationToken);
            return reads.Select(e => new PlanViewEntry(e.Role, e.Team, e.At, plan)).ToList();
        })
        .Add("PlanSection", "key", ctx => ctx.GetSource<SectionView>().Section.Heading)
        .Add("PlanSection", "heading", ctx => PlanWords.Heading(ctx.GetSource<SectionView>().Section.Heading))
        .Add("PlanSection", "audience", ctx => ctx.GetSource<SectionView>().Section.Audience)
        .Add("PlanSection", "body", ctx =>
        {
            var view = ctx.GetSource<SectionView>();
            return new SectionBody(ctx.GetService<SectionRenderer>().Render(view), view);
        })
        .Add("PlanSection", "markdown", ctx => ctx.GetSource<SectionView>().Section.Body)
        .Add("PlainText", "html", ctx => ctx.GetSource<SectionBody>().Text.Html)
        .Add("PlainText", "text", ctx => ctx.GetSource<SectionBody>().Text.Text)
        .Add("PlainText", "readingAge", ctx => ctx.GetSource<SectionBody>().Text.ReadingAge)
        .Add("PlainText", "terms", ctx => ctx.GetSource<SectionBody>().Text.Terms)
        .Add("PlanAction", "who", ctx => ctx.GetSource<ActionView>().Action.Who)
        .Add("PlanAction", "what", ctx => ctx.GetSource<ActionView>().Action.What)
        .Add("PlanAction", "byWhen", ctx => ctx.GetSource<ActionView>().Action.ByWhen)
        .Add("PlanAction", "status", ctx => ctx.GetSource<ActionView>().Action.Status)
        .Add("PlanAction", "audience", ctx => ctx.GetSource<ActionView>().Action.Audience)
        .Add("PlanChanges", "lastViewedVersion", ctx => ctx.GetSource<PlanChangesView>().Changes.LastViewedVersion)
        .Add("PlanChanges", "currentVersion", ctx => ctx.GetSource<PlanChangesView>().Changes.CurrentVersion)
        .Add("PlanChanges", "sectionsChanged", ctx => ctx.GetSource<PlanChangesView>().Changes.SectionsChanged)
        .Add("PlanChanges", "actionsAdded", ctx => ctx.GetSource<PlanChangesView>().Changes.ActionsAdded)
        .Add("PlanChanges", "actionsChanged", ctx => ctx.GetSource<PlanChangesView>().Changes.ActionsChanged)
        .Add("PlanChanges", "actionsDone", ctx => ctx.GetSource<PlanChangesView>().Changes.ActionsDone);

    private static Task<PlanVersion?> LatestAsync(ResolveContext ctx)
        => ctx.Loader<Guid, PlanVersion>("latestPlanVersion", (viewer, ids, ct) => ctx.FamilyData().LatestVersionsAsync(viewer, ids, ct))
            .LoadAsync(ctx.GetSource<Plan>().Id);

    public static Task<Worker?> WorkerAsync(ResolveContext ctx, Guid id)
        => ctx.Loader<Guid, Worker>("workerById", (_, ids, ct) => ctx.Database().RunAsync<IReadOnlyDictionary<Guid, Worker>>(
            async db => await db.Workers.AsNoTracking().Include(w => w.Successor).Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct), ct)).LoadAsync(id);

    private static Task<Person?> PersonAsync(ResolveContext ctx, Guid id)
        => ctx.Loader<Guid, Person>("planSubjectById", (_, ids, ct) => ctx.Database().RunAsync<IReadOnlyDictionary<Guid, Person>>(
            async db => await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct), ct)).LoadAsync(id);
}
