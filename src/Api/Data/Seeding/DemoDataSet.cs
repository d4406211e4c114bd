namespace RightHelp.Api.Data.Seeding;

/// <summary>
/// The demo rows, built in memory with fixed ids and foreign keys only (no navigation
/// properties), so the seeder can add exactly the rows that are missing.
/// </summary>
public sealed class DemoDataSet(DateTimeOffset now)
{
    private readonly List<object> rows = [];

    /// <summary>When the data is built; demo dates (meetings, versions, due dates) are relative to it.</summary>
    public DateTimeOffset Now { get; } = now;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public IReadOnlyList<object> Rows => rows;

    /// <summary>Pairs of (response, feedback) for the many-to-many table.</summary>
    public List<(Guid ResponseId, Guid FeedbackId)> FeedbackLinks { get; } = [];

    public T Add<T>(T row) where T : class
    {
        rows.Add(row);
        return row;
    }

    public IEnumerable<T> OfType<T>() => rows.OfType<T>();

    /// <summary>A wall-clock time in the UK, as the instant it is (BST or GMT as the date needs).</summary>
    public static DateTimeOffset LondonTime(DateOnly date, int hour, int minute)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified);
        var offset = London.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>
    /// A weekday <paramref name="days"/> from today (moved away from today past a weekend), so
    /// demo meetings fall on working days whether they are coming up or already held.
    /// </summary>
    public DateOnly WorkingDayFromNow(int days)
    {
        var date = Today.AddDays(days);
        var step = days < 0 ? -1 : 1;
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(step);
        }
        return date;
    }

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
