using System.Globalization;
using RightHelp.Portal.Api.Offers;

namespace RightHelp.Portal.Components.Offers;

/// <summary>What the GET filter form sent, kept as typed so the form shows it back even when it is wrong.</summary>
public sealed record OfferFilterForm(string? Area, string? Age, string? Help, bool Free, string? Day, string? How)
{
    public const int OldestAge = 25;

    public string? AgeError => Age is { Length: > 0 } && ParsedAge is null ? $"Type an age from 0 to {OldestAge}, like 7" : null;

    private int? ParsedAge => int.TryParse(Age?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= OldestAge ? years : null;

    /// <summary>The Api's filter, with the area's slug turned into its id from the list of localities.</summary>
    public OfferSearch ToSearch(IReadOnlyList<LocalitySummary> localities, string? after) => new(
        localities.FirstOrDefault(l => l.Slug == Area)?.Id,
        ParsedAge,
        OfferWords.Categories.Any(c => c.Value == Help) ? Help : null,
        Free,
        OfferWords.Days.Any(d => d.Value == Day) ? Day : null,
        How switch { "online" => true, "in-person" => false, _ => null },
        after);

    /// <summary>The address of these results, for links that keep the filter (next page).</summary>
    public string Query(string? after = null)
    {
        var parts = new List<string>();
        Add(parts, "area", Area);
        Add(parts, "age", Age);
        Add(parts, "help", Help);
        Add(parts, "free", Free ? "true" : null);
        Add(parts, "day", Day);
        Add(parts, "how", How);
        Add(parts, "after", after);
        return parts.Count == 0 ? "/offers" : "/offers?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value.Trim()));
        }
    }
}
