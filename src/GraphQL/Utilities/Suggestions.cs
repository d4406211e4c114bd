using System.Text.RegularExpressions;

namespace RightHelp.GraphQL.Utilities;

/// <summary>"Did you mean" hints ranked by Damerau-Levenshtein distance, as graphql-js ranks them.</summary>
public static partial class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>True when the message carries a hint made by <see cref="DidYouMean"/>.</summary>
    public static bool HasDidYouMean(string message) => DidYouMeanHint().IsMatch(message);

    /// <summary>The message without its hint: the quoted names inside it never contain "?".</summary>
    public static string WithoutDidYouMean(string message) => DidYouMeanHint().Replace(message, string.Empty);

    [GeneratedRegex(@" Did you mean [^?]*\?", RegexOptions.CultureInvariant)]
    private static partial Regex DidYouMeanHint();

    public static List<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(input, inputLower, option, threshold);
            if (distance >= 0)
            {
                found.Add((option, distance));
            }
        }
        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach (var (option, _) in found)
        {
            result.Add(option);
        }
        return result;
    }

    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }
        var quoted = new List<string>();
        for (var i = 0; i < suggestions.Count && i < MaxSuggestions; i++)
        {
            quoted.Add("\"" + suggestions[i] + "\"");
        }
        return " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ") + OrList(quoted) + "?";
    }

    public static string OrList(IReadOnlyList<string> items) => FormatList("or", items);

    public static string AndList(IReadOnlyList<string> items) => FormatList("and", items);

    private static string FormatList(string conjunction, IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        2 => items[0] + " " + conjunction + " " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + conjunction + " " + items[^1],
    };

    private static int Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }
        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }
        if (a.Length - b.Length > threshold)
        {
            return -1;
        }
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }
                if (cell < smallest)
                {
                    smallest = cell;
                }
                current[j] = cell;
            }
            if (smallest > threshold)
            {
                return -1;
            }
        }
        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : -1;
    }

    /// <summary>Orders strings with embedded numbers numerically ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        var ai = 0;
        var bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0;
                do
                {
                    ++ai;
                    an = (an * 10) + ac - '0';
                    ac = ai < a.Length ? a[ai] : '\0';
                }
                while (char.IsAsciiDigit(ac) && an > 0);
                long bn = 0;
                do
                {
                    ++bi;
                    bn = (bn * 10) + bc - '0';
                    bc = bi < b.Length ? b[bi] : '\0';
                }
                while (char.IsAsciiDigit(bc) && bn > 0);
                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }
                ++ai;
                ++bi;
            }
        }
        return (a.Length - ai) - (b.Length - bi) == 0 ? a.Length - b.Length : a.Length - b.Length;
    }
}
