using System.Globalization;

namespace RightHelp.Api.Oruk;

/// <summary>The query parameters Open Referral UK defines for its lists, parsed and checked.</summary>
public sealed record OrukQuery(
    string? Search,
    Guid? TaxonomyTermId,
    Guid? TaxonomyId,
    double? MinimumAge,
    double? MaximumAge,
    string? Day,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    string? Postcode,
    double? Proximity,
    int Page,
    int PerPage)
{
    public const int DefaultPerPage = 50;

    public const int MaxPerPage = 100;

    private static readonly Dictionary<string, string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MO"] = "MO", ["MONDAY"] = "MO", ["TU"] = "TU", ["TUESDAY"] = "TU", ["WE"] = "WE", ["WEDNESDAY"] = "WE",
        ["TH"] = "TH", ["THURSDAY"] = "TH", ["FR"] = "FR", ["FRIDAY"] = "FR", ["SA"] = "SA", ["SATURDAY"] = "SA",
        ["SU"] = "SU", ["SUNDAY"] = "SU",
    };

    private static readonly string[] TimeFormats = ["H\\:mm", "HH\\:mm", "HH\\:mm\\:ss", "H\\:mm\\:ss"];

    /// <summary>Parses the parameters; each problem is reported against the parameter's name.</summary>
    public static OrukQuery Parse(IQueryCollection query, out Dictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>();
        string? Text(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        void Problem(string name, string message) => problems[name] = [message];

        int Integer(string name, int fallback, int min, int max)
        {
            var text = Text(name);
            if (text is null)
            {
                return fallback;
            }
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                Problem(name, $"{name} must be a whole number from {min} to {max}; '{text}' is not.");
                return fallback;
            }
            return value;
        }

        double? Number(string name, double max)
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }
            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 0 || value > max)
            {
                Problem(name, $"{name} must be a number from 0 to {max.ToString(CultureInfo.InvariantCulture)}; '{text}' is not.");
                return null;
            }
            return value;
        }

        Guid? Id(string name)
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }
            if (!Guid.TryParse(text, out var id))
            {
                Problem(name, $"{name} must be a UUID; '{text}' is not.");
                return null;
            }
            return id;
        }

        TimeOnly? Time(string name)
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }
            if (!TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                Problem(name, $"{name} must be a time as HH:MM; '{text}' is not.");
                return null;
            }
            return time;
        }

        var dayText = Text("day");
        string? day = null;
        if (dayText is not null && !Days.TryGetValue(dayText, out day))
        {
            Problem("day", $"day must be a day of the week (MO, TU, WE, TH, FR, SA, SU or its name); '{dayText}' is not.");
        }
        var search = Text("search");
        if (search is { Length: > 200 })
        {
            Problem("search", "search must be 200 characters or fewer.");
        }
        var result = new OrukQuery(
            search,
            Id("taxonomy_term_id"),
            Id("taxonomy_id"),
            Number("minimum_age", 150),
            Number("maximum_age", 150),
            day,
            Time("start_time"),
            Time("end_time"),
            Text("postcode"),
            Number("proximity", 1_000_000),
            Integer("page", 1, 1, int.MaxValue / MaxPerPage),
            Integer("per_page", DefaultPerPage, 1, MaxPerPage));
        if (result.MinimumAge > result.MaximumAge)
        {
            Problem("minimum_age", "minimum_age must not be more than maximum_age.");
        }
        if (result.StartTime > result.EndTime)
        {
            Problem("start_time", "start_time must not be after end_time.");
        }
        if (result.Proximity is not null && result.Postcode is null)
        {
            Problem("proximity", "proximity needs a postcode to measure from.");
        }
        if (result.Postcode is { } postcode && !UkPostcode.TryParse(postcode, out _))
        {
            Problem("postcode", $"postcode must be a UK postcode or postcode district (such as RH1 2AB or RH1); '{postcode}' is not.");
        }
        errors = problems;
        return result;
    }
}
