using System.Text.RegularExpressions;

namespace RightHelp.Api.Oruk;

/// <summary>A UK postcode or just its district (outward code), normalised to capitals with one space.</summary>
public sealed partial record UkPostcode(string District, string? Full)
{
    public static bool TryParse(string text, out UkPostcode postcode)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var match = Pattern().Match(compact);
        if (!match.Success)
        {
            postcode = new UkPostcode("", null);
            return false;
        }
        var district = match.Groups["district"].Value;
        var inward = match.Groups["inward"].Value;
        postcode = new UkPostcode(district, inward.Length == 0 ? null : district + " " + inward);
        return true;
    }

    [GeneratedRegex("^(?<district>[A-Z]{1,2}[0-9][A-Z0-9]?)(?<inward>[0-9][A-Z]{2})?$")]
    private static partial Regex Pattern();
}
