using System.Text.RegularExpressions;
using RightHelp.Api.Glossary;

namespace RightHelp.Api.PlainLanguage;

/// <summary>
/// Finds glossary spellings in text as whole words. Abbreviations written in capitals ("CP",
/// "LAC") match only in capitals, so "cp" inside another word or a lower-case "lac" does not.
/// </summary>
public sealed class TermMatcher
{
    private readonly Regex _caseSensitive;
    private readonly Regex _caseInsensitive;
    private readonly Glossary.Glossary _glossary;

    public TermMatcher(Glossary.Glossary glossary)
    {
        _glossary = glossary;
        var spellings = glossary.Spellings.OrderByDescending(s => s.Length).ToList();
        _caseSensitive = Build(spellings.Where(IsAbbreviation), RegexOptions.None);
        _caseInsensitive = Build(spellings.Where(s => !IsAbbreviation(s)), RegexOptions.IgnoreCase);
    }

    public static bool IsAbbreviation(string spelling)
        => spelling.Count(char.IsUpper) >= 2 && !spelling.Any(char.IsLower)
           || spelling.Length <= 4 && spelling.Count(char.IsUpper) >= 2;

    /// <summary>Matches in text order; where two overlap, the earlier (then longer) wins.</summary>
    public IReadOnlyList<TermMatch> Matches(string text)
    {
        var found = _caseSensitive.Matches(text).Concat(_caseInsensitive.Matches(text))
            .OrderBy(m => m.Index).ThenByDescending(m => m.Length);
        var result = new List<TermMatch>();
        var end = 0;
        foreach (var match in found)
        {
            if (match.Index < end)
            {
                continue;
            }
            var term = _glossary.Find(match.Value);
            if (term is not null)
            {
                result.Add(new TermMatch(match.Index, match.Length, match.Value, term));
                end = match.Index + match.Length;
            }
        }
        return result;
    }

    private static Regex Build(IEnumerable<string> spellings, RegexOptions options)
    {
        var alternatives = string.Join("|", spellings.Select(Regex.Escape));
        if (alternatives.Length == 0)
        {
            alternatives = "(?!)";
        }
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])",
            options | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }
}
