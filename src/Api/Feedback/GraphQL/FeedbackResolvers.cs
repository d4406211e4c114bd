using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.Api.YouSaidWeDid.Charts;
using RightHelp.Api.YouSaidWeDid.Dashboard;
using RightHelp.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.YouSaidWeDid.GraphQL;

/// <summary>
/// Reading feedback: staff's list, the giver's own items in <c>me</c>, and the managers' summary.
/// The service checks localities and audits every read; the field rules check again per object.
/// </summary>
public static class FeedbackResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "feedback", ListAsync)
        .AddAsync("Query", "feedbackSummary", SummaryAsync)
        .AddAsync("Me", "feedback", MineAsync)
        .Add("SubmittedFeedback", "id", ctx => FeedbackIds.OfFeedback(ctx.GetSource<SubmittedFeedback>().Id))
        .Add("MyFeedback", "id", ctx => FeedbackIds.OfFeedback(ctx.GetSource<PersonFeedbackView>().Id))
        .Add("MyFeedback", "givenAt", ctx => ctx.GetSource<PersonFeedbackView>().CreatedAt)
        .Add("FeedbackItem", "id", ctx => FeedbackIds.OfFeedback(ctx.GetSource<StaffFeedbackView>().Id))
        .Add("FeedbackItem", "givenAt", ctx => ctx.GetSource<StaffFeedbackView>().CreatedAt)
        .Add("FeedbackItem", "giverName", ctx => ctx.GetSource<StaffFeedbackView>() is { Anonymous: false } named ? named.GiverName : null)
        .Add("FeedbackItem", "flaggedForSafeguarding", ctx => ctx.GetSource<StaffFeedbackView>().SafeguardingFlag)
        .Add("StaffFeedbackResponse", "id", ctx => FeedbackIds.OfResponse(ctx.GetSource<FeedbackResponseView>().Id))
        .Add("StaffFeedbackResponse", "text", ctx => ctx.GetSource<FeedbackResponseView>().WeDid)
        .Add("StaffFeedbackResponse", "respondedAt", ctx => ctx.GetSource<FeedbackResponseView>().CreatedAt)
        .Add("StaffFeedbackResponse", "published", ctx => ctx.GetSource<FeedbackResponseView>().PublishedAt is not null);

    private static async Task<Connection> ListAsync(ResolveContext ctx)
    {
        var staff = FeedbackViewer.Staff(await ctx.ViewerAsync()) ?? throw Refused();
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>?>("filter");
        var localityArgument = filter?.GetValueOrDefault("locality") as string;
        var locality = GlobalId.DecodeAs(localityArgument, "Locality");
        if (localityArgument is not null && locality is null)
        {
            return new Connection(0, [], new PageInfo(false, null));
        }
        var first = ctx.GetArgument<int?>("first") ?? 20;
        if (first is < 1 or > FeedbackLimits.MaxPageSize)
        {
            throw new GraphQLException($"first must be between 1 and {FeedbackLimits.MaxPageSize}.", new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
        }
        var wanted = new FeedbackFilter(
            Theme: filter?.GetValueOrDefault("theme") as FeedbackTheme?,
            Status: filter?.GetValueOrDefault("status") as FeedbackStatus?,
            MaxScore: filter?.GetValueOrDefault("maxScore") as int?,
            From: StartOf(filter?.GetValueOrDefault("from") as DateOnly?),
            To: StartOf((filter?.GetValueOrDefault("to") as DateOnly?)?.AddDays(1)),
            LocalityId: locality);
        var service = ctx.GetService<FeedbackService>();
        var result = await ctx.Database().RunAsync(_ => service.ListForStaffAsync(staff, wanted, first, ctx.GetArgument<string?>("after"), ctx.CancellationToken), ctx.CancellationToken);
        var page = result.Value ?? throw Refused();
        return new Connection(page.TotalCount, [.. page.Nodes], new PageInfo(page.HasNextPage, page.EndCursor));
    }

    private static async Task<IReadOnlyList<PersonFeedbackView>> MineAsync(ResolveContext ctx)
    {
        var viewer = ctx.GetSource<Viewer>();
        if (!viewer.IsFamilyMember || viewer.PersonId is not { } personId)
        {
            return [];
        }
        var service = ctx.GetService<FeedbackService>();
        var result = await ctx.Database().RunAsync(_ => service.GetStatusForPersonAsync(personId, FeedbackViewer.Actor(viewer), null, ctx.CancellationToken), ctx.CancellationToken);
        return result.Value ?? [];
    }

    private static async Task<IReadOnlyDictionary<string, object?>> SummaryAsync(ResolveContext ctx)
    {
        var viewer = await ctx.ViewerAsync();
        var manager = viewer.Role == ViewerRole.Manager ? FeedbackViewer.Staff(viewer) : null;
        if (manager is null)
        {
            throw Refused();
        }
        var localityArgument = ctx.GetArgument<string?>("locality");
        var locality = GlobalId.DecodeAs(localityArgument, "Locality");
        if (localityArgument is not null && locality is null)
        {
            throw ResolveContextExtensions.NotFound();
        }
        var today = DateOnly.FromDateTime(ctx.GetService<TimeProvider>().GetUtcNow().UtcDateTime);
        var to = ctx.GetArgument<DateOnly?>("to") ?? today;
        var from = ctx.GetArgument<DateOnly?>("from") ?? new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        if (from > to)
        {
            throw new GraphQLException("from must not be after to.", new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
        }
        var dashboard = ctx.GetService<FeedbackDashboard>();
        var result = await ctx.Database().RunAsync(
            _ => dashboard.FeedbackSummaryAsync(locality, StartOf(from)!.Value, StartOf(to.AddDays(1))!.Value, manager, ctx.CancellationToken), ctx.CancellationToken);
        var summary = result.Value ?? throw ResolveContextExtensions.NotFound();
        return Summary(summary);
    }

    /// <summary>
    /// The summary as the schema shapes it. Below five people everything but the locality is
    /// withheld, the count of feedback too, because a small count can point to one person.
    /// </summary>
    private static Dictionary<string, object?> Summary(FeedbackSummary summary)
    {
        var suppressed = summary.People.IsSuppressed;
        return new Dictionary<string, object?>
        {
            ["localityName"] = summary.LocalityName,
            ["suppressed"] = suppressed,
            ["feedbackCount"] = suppressed ? 0 : summary.FeedbackCount,
            ["respondedShare"] = summary.ShareResponded.Value,
            ["medianDaysToRespond"] = summary.MedianDaysToRespond.Value,
            ["scoreCharts"] = suppressed ? [] : FeedbackCharts.PerScore(summary).Select(Chart).ToList(),
            ["themes"] = summary.Themes
                .Where(t => t.Theme is not null && t.Count.Value is > 0)
                .Select(t => new Dictionary<string, object?> { ["theme"] = t.Theme, ["count"] = t.Count.Value })
                .ToList(),
            ["topWords"] = summary.Words.Select(w => new Dictionary<string, object?> { ["word"] = w.Word, ["count"] = w.People }).ToList(),
        };
    }

    private static Dictionary<string, object?> Chart(TitledChart chart) => new()
    {
        ["title"] = chart.Title,
        ["svg"] = chart.Chart.Svg,
        ["table"] = new Dictionary<string, object?>
        {
            ["caption"] = chart.Chart.Table.Caption,
            ["columns"] = chart.Chart.Table.ColumnHeaders,
            ["rows"] = chart.Chart.Table.Rows.Select(r => (IReadOnlyList<string>)[r.Header, .. r.Cells]).ToList(),
        },
    };

    private static DateTimeOffset? StartOf(DateOnly? date)
        => date is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public static GraphQLException Refused()
        => new("You cannot see this.", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });
}
