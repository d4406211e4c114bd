using System.Text.RegularExpressions;

namespace RightHelp.Api.PlainLanguage;

/// <summary>
/// Flesch-Kincaid grade level and the UK reading age it implies (grade + 5), with the sentence
/// split the checks share. Syllables are counted by vowel groups, which is close enough to
/// tell "a parent on the bus can read this" from "this needs a degree".
/// </summary>
public static partial class Readability
{
    public const int LongSentenceWords = 25;

    public static IReadOnlyList<string> Sentences(string text)
        => [.. SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => Words(s).Count > 0)];

    public static IReadOnlyList<string> Words(string text)
        => [.. WordPattern().Matches(text).Select(m => m.Value)];

    public static double Grade(string text)
    {
        var sentences = Sentences(text);
        var words = sentences.SelectMany(Words).ToList();
        if (words.Count == 0)
        {
            return 0;
        }
        var syllables = words.Sum(Syllables);
        var grade = 0.39 * words.Count / sentences.Count + 11.8 * syllables / words.Count - 15.59;
        return Math.Round(Math.Max(grade, 0), 1);
    }

    /// <summary>Reading age in years: Flesch-Kincaid grade plus five.</summary>
    public static double ReadingAge(string text) => Math.Round(Grade(text) + 5, 1);

    public static int Syllables(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Any(char.IsDigit) || lower.Length <= 3)
        {
            return 1;
        }
        if (lower.All(c => !IsVowel(c)) || word.Count(char.IsUpper) >= 2)
        {
            // An abbreviation is read letter by letter: "CP" is two syllables, "IRO" three.
            return Math.Max(1, word.Count(char.IsLetter));
        }
        var count = 0;
        var previousVowel = false;
        foreach (var c in lower)
        {
            var vowel = IsVowel(c);
            if (vowel && !previousVowel)
            {
                count++;
            }
            previousVowel = vowel;
        }
        if (lower.EndsWith('e') && !lower.EndsWith("le", StringComparison.Ordinal) && count > 1)
        {
            count--;
        }
        if (lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("ted", StringComparison.Ordinal)
            && !lower.EndsWith("ded", StringComparison.Ordinal) && count > 1)
        {
            count--;
        }
        return Math.Max(1, count);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’&-]*")]
    private static partial Regex WordPattern();
}
