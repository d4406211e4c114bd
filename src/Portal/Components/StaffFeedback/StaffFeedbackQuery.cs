using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using RightHelp.Portal.Api.Feedback;
using RightHelp.Portal.Components.Feedback;

namespace RightHelp.Portal.Components.StaffFeedback;

/// <summary>
/// The staff list's filters as they appear in its address (?theme=communication&amp;score=2),
/// so a filtered list can be bookmarked and works without JavaScript. The Api pages staff
/// feedback with keyset cursors (new feedback never shifts a page), so the address carries the
/// cursor of this page (<see cref="After"/>) and those of the pages before it (<see cref="Trail"/>,
/// dot-separated) for the "previous" link.
/// </summary>
public sealed record StaffFeedbackQuery(string? Theme, string? Locality, string? Status, string? Score, string? From, string? To, string? After = null, string? Trail = null)
{
    private const int MaxTrail = 50;

    public static readonly IReadOnlyList<FeedbackStatus> Statuses = Enum.GetValues<FeedbackStatus>();

    public FeedbackStatus? StatusValue => Statuses.Cast<FeedbackStatus?>().FirstOrDefault(status => StatusSlug(status!.Value) == Status);

    public int? MaxScore => ScoreScale.Parse(Score);

    public DateOnly? FromDate => Date(From);

    public DateOnly? ToDate => Date(To);

    public FeedbackFilter Filter(IReadOnlyList<LocalityOption> localities) => new(
        FeedbackThemes.FromSlug(Theme),
        localities.FirstOrDefault(locality => locality.Slug == Locality)?.Id,
        StatusValue,
        MaxScore,
        FromDate,
        ToDate);

    private string[] TrailCursors => string.IsNullOrEmpty(After) || string.IsNullOrEmpty(Trail) ? [] : Trail.Split('.', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>1 for the first page; counted from the trail, so it is only as right as the address.</summary>
    public int Page => string.IsNullOrEmpty(After) ? 1 : TrailCursors.Length + 2;

    public string? PreviousHref => string.IsNullOrEmpty(After)
        ? null
        : TrailCursors is [.. var earlier, var previous] ? Href(previous, string.Join('.', earlier)) : Href(null, null);

    public string NextHref(string endCursor) =>
        Href(endCursor, string.IsNullOrEmpty(After) ? null : string.Join('.', TrailCursors.Append(After).TakeLast(MaxTrail)));

    public string Href(string? after, string? trail)
    {
        var query = new Dictionary<string, string?>();
        Add(query, "theme", Theme);
        Add(query, "locality", Locality);
        Add(query, "status", Status);
        Add(query, "score", Score);
        Add(query, "from", From);
        Add(query, "to", To);
        Add(query, "after", after);
        Add(query, "trail", trail);
        return QueryHelpers.AddQueryString("/staff/feedback", query);
    }

    public static string StatusSlug(FeedbackStatus status) => status.ToString().ToLowerInvariant();

    public static string StatusName(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Received => "Received",
        FeedbackStatus.Read => "Read",
        _ => "Responded",
    };

    /// <summary>Dates as a date input posts them (2026-03-29); anything else is ignored, not an error.</summary>
    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static void Add(Dictionary<string, string?> query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query[name] = value;
        }
    }
}
