using System.Globalization;
using RightHelp.Api.Data;

namespace RightHelp.Api.Directory.GraphQL;

public sealed record OpeningTimeView(string Description, IReadOnlyList<string> Days, string? OpensAt, string? ClosesAt)
{
    private static readonly Dictionary<string, string> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MO"] = "Monday", ["TU"] = "Tuesday", ["WE"] = "Wednesday", ["TH"] = "Thursday",
        ["FR"] = "Friday", ["SA"] = "Saturday", ["SU"] = "Sunday",
    };

    public static OpeningTimeView From(Schedule schedule) => new(
        schedule.Description,
        [.. (schedule.ByDay ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(day => DayNames.GetValueOrDefault(day[^Math.Min(2, day.Length)..]) ?? day)],
        schedule.OpensAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        schedule.ClosesAt?.ToString("HH:mm", CultureInfo.InvariantCulture));
}
