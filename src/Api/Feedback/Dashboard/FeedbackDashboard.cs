using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid.Errors;

namespace RightHelp.Api.YouSaidWeDid.Dashboard;

/// <summary>
/// Aggregates for managers. Every figure counts people (named feedback by its author, each
/// anonymous item as one person) and is suppressed below five. Flagged feedback counts in the
/// figures but its words are kept out of "most used words".
/// </summary>
public sealed partial class FeedbackDashboard(PortalDbContext db)
{
    private const int WordsShown = 25;

    public async Task<FeedbackResult<FeedbackSummary>> FeedbackSummaryAsync(string locality, DateTimeOffset from, DateTimeOffset to, StaffMember manager, CancellationToken cancellationToken = default)
    {
        var scope = await StaffScope.LoadAsync(db, manager.WorkerId, cancellationToken);
        if (scope is null)
        {
            return FeedbackResult<FeedbackSummary>.Fail(new StaffNotFound());
        }
        if (!scope.IsManager)
        {
            return FeedbackResult<FeedbackSummary>.Fail(new ManagersOnly());
        }
        var place = await db.Localities.AsNoTracking().SingleOrDefaultAsync(l => l.Slug == locality, cancellationToken);
        if (place is null)
        {
            return FeedbackResult<FeedbackSummary>.Fail(new UnknownLocality(locality));
        }
        if (!scope.Covers(place.Id))
        {
            return FeedbackResult<FeedbackSummary>.Fail(new NotInYourLocality(place.Id));
        }
        return FeedbackResult<FeedbackSummary>.Ok(await SummariseAsync([place.Id], place.Id, place.Name, from, to, cancellationToken));
    }

    /// <summary>One locality by id, or every locality the manager covers when <paramref name="localityId"/> is null.</summary>
    public async Task<FeedbackResult<FeedbackSummary>> FeedbackSummaryAsync(Guid? localityId, DateTimeOffset from, DateTimeOffset to, StaffMember manager, CancellationToken cancellationToken = default)
    {
        var scope = await StaffScope.LoadAsync(db, manager.WorkerId, cancellationToken);
        if (scope is null)
        {
            return FeedbackResult<FeedbackSummary>.Fail(new StaffNotFound());
        }
        if (!scope.IsManager)
        {
            return FeedbackResult<FeedbackSummary>.Fail(new ManagersOnly());
        }
        if (localityId is not { } id)
        {
            return FeedbackResult<FeedbackSummary>.Ok(await SummariseAsync([.. scope.Localities], null, null, from, to, cancellationToken));
        }
        // A locality the manager does not cover answers as if it did not exist, so ids reveal nothing.
        var place = scope.Covers(id) ? await db.Localities.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken) : null;
        if (place is null)
        {
            return FeedbackResult<FeedbackSummary>.Fail(new UnknownLocality(id.ToString("N")));
        }
        return FeedbackResult<FeedbackSummary>.Ok(await SummariseAsync([place.Id], place.Id, place.Name, from, to, cancellationToken));
    }

    private async Task<FeedbackSummary> SummariseAsync(List<Guid> localities, Guid? localityId, string? localityName, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rows = await db.Feedback.AsNoTracking()
            .Where(f => f.LocalityId != null && localities.Contains(f.LocalityId.Value) && f.CreatedAt >= from && f.CreatedAt < to)
            .Select(f => new SummaryRow(
                f.Id,
                f.AuthorPersonId,
                f.CreatedAt,
                f.ExplainedClearly,
                f.InvolvedInPlanning,
                f.ListenedTo,
                f.HappyWithHelp,
                f.Theme,
                f.SafeguardingFlag,
                f.Text,
                f.Responses.Min(r => (DateTimeOffset?)r.CreatedAt)))
            .ToListAsync(cancellationToken);

        var responded = rows.Where(r => r.FirstResponseAt is not null).ToList();
        return new FeedbackSummary(
            localityId,
            localityName,
            from,
            to,
            Suppressible<int>.For(People(rows), () => People(rows)),
            Months(rows, from, to),
            Suppressible<double>.For(People(responded), () => Median(responded.Select(r => (r.FirstResponseAt!.Value - r.CreatedAt).TotalDays))),
            Suppressible<double>.For(People(rows), () => Math.Round((double)responded.Count / rows.Count, 3)),
            Themes(rows),
            Words(rows),
            rows.Count);
    }

    private static List<MonthlyScores> Months(List<SummaryRow> rows, DateTimeOffset from, DateTimeOffset to)
    {
        var months = new List<MonthlyScores>();
        var month = new DateOnly(from.UtcDateTime.Year, from.UtcDateTime.Month, 1);
        while (month.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) < to.UtcDateTime)
        {
            var current = month;
            var inMonth = rows.Where(r => r.CreatedAt.UtcDateTime.Year == current.Year && r.CreatedAt.UtcDateTime.Month == current.Month).ToList();
            months.Add(new MonthlyScores(
                month,
                Suppressible<int>.For(People(inMonth), () => People(inMonth)),
                Average(inMonth, r => r.ExplainedClearly),
                Average(inMonth, r => r.InvolvedInPlanning),
                Average(inMonth, r => r.ListenedTo),
                Average(inMonth, r => r.HappyWithHelp)));
            month = month.AddMonths(1);
        }
        return months;
    }

    private static Suppressible<double> Average(List<SummaryRow> rows, Func<SummaryRow, int?> score)
    {
        var answered = rows.Where(r => score(r) is not null).ToList();
        return Suppressible<double>.For(People(answered), () => Math.Round(answered.Average(r => score(r)!.Value), 2));
    }

    private static List<ThemeCount> Themes(List<SummaryRow> rows)
        => Enum.GetValues<FeedbackTheme>().Select(t => (FeedbackTheme?)t).Append(null)
            .Select(theme =>
            {
                var people = People(rows.Where(r => r.Theme == theme).ToList());
                // Zero reveals nothing about anyone; only counts of one to four are hidden.
                return new ThemeCount(theme, people == 0 ? Suppressible<int>.Show(0) : Suppressible<int>.For(people, () => people));
            })
            .ToList();

    private static List<WordCount> Words(List<SummaryRow> rows)
        => rows.Where(r => !r.SafeguardingFlag)
            .SelectMany(r => Tokens(r.Text).Distinct().Select(word => (word, person: PersonKey(r))))
            .GroupBy(x => x.word)
            .Select(g => new WordCount(g.Key, g.Select(x => x.person).Distinct().Count()))
            .Where(w => w.People >= FeedbackLimits.MinimumGroupSize)
            .OrderByDescending(w => w.People).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(WordsShown)
            .ToList();

    private static IEnumerable<string> Tokens(string text)
        => WordPattern().Matches(text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal))
            .Select(m => m.Value)
            .Where(w => w.Length >= 3 && !StopWords.All.Contains(w));

    private static int People(IReadOnlyCollection<SummaryRow> rows) => rows.Select(PersonKey).Distinct().Count();

    private static Guid PersonKey(SummaryRow row) => row.AuthorPersonId ?? row.Id;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1);
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
