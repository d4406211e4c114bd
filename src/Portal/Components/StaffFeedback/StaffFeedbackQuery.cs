using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using RightHelp.Portal.Api.Feedback;
using RightHelp.Portal.Components.Feedback;

namespace RightHelp.Portal.Components.StaffFeedback;

/// <summary>
/// The staff list's filters as they appear in its address (?theme=communication&amp;score=2),
/// so a filtered list can be bookmarked and works without JavaScript.
/// </summary>
public sealed record StaffFeedbackQuery(string? Theme, string? Locality, string? Status, string? Score, string? From, string? To, int Page)
{
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

    public string Href(int page)
    {
        var query = new Dictionary<string, string?>();
        Add(query, "theme", Theme);
        Add(query, "locality", Locality);
        Add(query, "status", Status);
        Add(query, "score", Score);
        Add(query, "from", From);
        Add(query, "to", To);
        if (page > 1)
        {
            query["page"] = page.ToString(CultureInfo.InvariantCulture);
        }
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
