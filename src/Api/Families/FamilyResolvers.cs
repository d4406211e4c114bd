using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Localities;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.Families;

/// <summary><c>me</c> and a family's plans, meetings, team and questions, each list loaded for all families at once.</summary>
public static class FamilyResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "me", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            return viewer.IsSignedIn ? viewer : null;
        })
        .Add("Me", "role", ctx => ctx.GetSource<Viewer>().Role)
        .AddAsync("Me", "families", ctx =>
        {
            var viewer = ctx.GetSource<Viewer>();
            return ctx.FamilyData().FamiliesAsync(viewer, [.. viewer.FamilyIds], ctx.CancellationToken);
        })
        .Add("Family", "id", ctx => GlobalId.Encode("Family", ctx.GetSource<Family>().Id))
        .AddAsync("Family", "locality", ctx => LocalityResolvers.LoadAsync(ctx, ctx.GetSource<Family>().LocalityId))
        .AddAsync("Family", "plans", ctx => PlansAsync(ctx, ctx.GetSource<Family>().Id))
        .AddAsync("Family", "meetings", ctx => MeetingsAsync(ctx, ctx.GetSource<Family>().Id))
        .AddAsync("Family", "nextMeeting", async ctx => (await MeetingsAsync(ctx, ctx.GetSource<Family>().Id)).FirstOrDefault())
        .AddAsync("Family", "team", ctx => TeamAsync(ctx, ctx.GetSource<Family>().Id))
        .AddAsync("Family", "questions", ctx => QuestionsAsync(ctx, ctx.GetSource<Family>().Id));

    private static async Task<IReadOnlyList<Plan>> PlansAsync(ResolveContext ctx, Guid familyId)
        => await ctx.Loader<Guid, IReadOnlyList<Plan>>("plansOfFamily", async (viewer, ids, ct) =>
            Group(await ctx.FamilyData().PlansOfFamiliesAsync(viewer, ids, ct), p => p.FamilyId)).LoadAsync(familyId) ?? [];

    private static async Task<IReadOnlyList<Meeting>> MeetingsAsync(ResolveContext ctx, Guid familyId)
    {
        var from = ctx.GetService<TimeProvider>().GetUtcNow();
        return await ctx.Loader<Guid, IReadOnlyList<Meeting>>("meetingsOfFamily", async (viewer, ids, ct) =>
            Group(await ctx.FamilyData().MeetingsOfFamiliesAsync(viewer, ids, from, ct), m => m.FamilyId)).LoadAsync(familyId) ?? [];
    }

    private static async Task<IReadOnlyList<Question>> QuestionsAsync(ResolveContext ctx, Guid familyId)
        => await ctx.Loader<Guid, IReadOnlyList<Question>>("questionsOfFamily", async (viewer, ids, ct) =>
            Group(await ctx.FamilyData().QuestionsOfFamiliesAsync(viewer, ids, ct), q => q.FamilyId)).LoadAsync(familyId) ?? [];

    /// <summary>The workers with the family on their caseload, lead practitioner first.</summary>
    private static async Task<IReadOnlyList<Worker>> TeamAsync(ResolveContext ctx, Guid familyId)
        => await ctx.Loader<Guid, IReadOnlyList<Worker>>("teamOfFamily", async (viewer, ids, ct) =>
        {
            var reachable = ids.Where(viewer.MayReachFamily).ToList();
            var entries = await ctx.Database().RunAsync(db => db.CaseloadEntries.AsNoTracking()
                .Where(c => reachable.Contains(c.FamilyId))
                .Include(c => c.Worker).ThenInclude(w => w!.Successor)
                .OrderBy(c => c.Since)
                .ToListAsync(ct), ct);
            return Group(entries, c => c.FamilyId, c => c.Worker!);
        }).LoadAsync(familyId) ?? [];

    public static IReadOnlyDictionary<Guid, IReadOnlyList<T>> Group<T>(IEnumerable<T> rows, Func<T, Guid> key)
        => Group(rows, key, r => r);

    private static IReadOnlyDictionary<Guid, IReadOnlyList<TValue>> Group<TRow, TValue>(IEnumerable<TRow> rows, Func<TRow, Guid> key, Func<TRow, TValue> value)
        => rows.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)[.. g.Select(value)]);
}
