using System.Text.RegularExpressions;
using RightHelp.Api.Data;

namespace RightHelp.Api.Localities;

/// <summary>
/// "Which locality am I in?": a postcode district (HW3), a full postcode (hw3 2lb) or a town or
/// neighbourhood name, forgiving case, spaces and small typing slips. Localities are few, so the
/// match runs in memory over all of them.
/// </summary>
public static partial class LocalityFinder
{
    public const int MaxLength = 100;

    public static LocalityFinderResult Find(string? place, IReadOnlyList<Locality> localities)
    {
        var text = (place ?? "").Trim();
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return LocalityFinderResult.NotFound("Type the first part of your postcode, like HW3, or the name of your town.", []);
        }

        var compact = Whitespace().Replace(text, "").ToUpperInvariant();
        var outward = FullPostcode().IsMatch(compact) ? compact[..^3] : compact;
        foreach (var locality in localities)
        {
            if (locality.PostcodeDistricts.Any(d => d.Equals(outward, StringComparison.OrdinalIgnoreCase)))
            {
                return LocalityFinderResult.Found(locality, outward);
            }
        }

        var key = PlaceKey(text);
        foreach (var locality in localities)
        {
            if (locality.Places.FirstOrDefault(p => PlaceKey(p) == key) is { } name)
            {
                return LocalityFinderResult.Found(locality, name);
            }
        }

        var suggestions = localities
            .SelectMany(l => l.Places.Select(p => (Place: p, Locality: l)))
            .Select(c => (c.Place, c.Locality, Distance: Closeness(key, PlaceKey(c.Place))))
            .Where(c => c.Distance is not null)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Place, StringComparer.Ordinal)
            .Take(3)
            .Select(c => new PlaceSuggestion(c.Place, c.Locality))
            .ToList();
        return LocalityFinderResult.NotFound(
            suggestions.Count > 0
                ? $"We could not find {text}. Did you mean one of these places?"
                : $"We could not find {text}. Check the spelling, or pick your area from the list.",
            suggestions);
    }

    /// <summary>Letters and digits only, lower case: "Kestrel-Moor" and "kestrel moor" are the same place.</summary>
    private static string PlaceKey(string value)
        => string.Concat(value.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>How near a typed name is to a place: a start of it, or a few letters out; null when neither.</summary>
    private static int? Closeness(string typed, string place)
    {
        if (typed.Length >= 3 && (place.StartsWith(typed, StringComparison.Ordinal) || place.Contains(typed, StringComparison.Ordinal)))
        {
            return 0;
        }
        var allowed = typed.Length <= 4 ? 1 : 2;
        var distance = Distance(typed, place);
        return distance <= allowed ? distance : null;
    }

    /// <summary>Levenshtein distance: fine here, names are short and few.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A whole UK postcode with the spaces taken out: outward code, then digit and two letters.</summary>
    [GeneratedRegex(@"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")]
    private static partial Regex FullPostcode();
}
