using System.Text.RegularExpressions;

namespace RightHelp.Api.PlainLanguage;

/// <summary>
/// Finds glossary spellings in text as whole words, longest first. Abbreviations written in
/// capitals ("CP", "LAC") match only in capitals, so a lower-case "lac" is left alone. Works on
/// word tokens and dictionary look-ups, so its cost grows with the text, not the glossary.
/// </summary>
public sealed partial class TermMatcher
{
    private readonly Dictionary<string, Glossary.GlossaryTerm> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Glossary.GlossaryTerm> _anyCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _longest;

    public TermMatcher(Glossary.Glossary glossary)
    {
        foreach (var term in glossary.Terms)
        {
            foreach (var spelling in term.Spellings)
            {
                var key = Normalise(spelling);
                (IsAbbreviation(spelling) ? _exact : _anyCase).TryAdd(key, term);
                _longest = Math.Max(_longest, Word().Matches(spelling).Count);
            }
        }
    }

    public static bool IsAbbreviation(string spelling)
        => spelling.Count(char.IsUpper) >= 2 && (!spelling.Any(char.IsLower) || spelling.Length <= 4);

    public IReadOnlyList<TermMatch> Matches(string text)
    {
        var words = Word().Matches(text);
        var result = new List<TermMatch>();
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(_longest, words.Count - i); n >= 1; n--)
            {
                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                var candidate = text[start..end];
                var key = Normalise(candidate);
                if (_exact.TryGetValue(key, out var term) || _anyCase.TryGetValue(key, out term))
                {
                    result.Add(new TermMatch(start, end - start, candidate, term));
                    i += n - 1;
                    break;
                }
            }
        }
        return result;
    }

    private static string Normalise(string value) => Space().Replace(value.Trim(), " ").Replace('’', '\'');

    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’](?=[\p{L}\p{N}]))*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
