using System.Text.RegularExpressions;

namespace RightHelp.Portal.Tests.Family;

/// <summary>
/// Flesch-Kincaid grade of short pieces of page text. Each piece (a heading, a label, a button)
/// counts as at least one sentence, since page furniture rarely ends in a full stop.
/// Syllables are vowel groups, less a silent final e.
/// </summary>
public static partial class FleschKincaid
{
    public static double Grade(IEnumerable<string> pieces)
    {
        var sentences = pieces
            .SelectMany(piece => SentenceEnd().Split(piece))
            .Select(sentence => WordPattern().Matches(sentence).Select(match => match.Value).ToArray())
            .Where(words => words.Length > 0)
            .ToArray();
        var words = sentences.SelectMany(sentence => sentence).ToArray();
        if (words.Length == 0)
        {
            return 0;
        }
        var syllables = words.Sum(Syllables);
        return 0.39 * words.Length / sentences.Length + 11.8 * syllables / words.Length - 15.59;
    }

    public static int Syllables(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length <= 3)
        {
            return 1;
        }
        var groups = VowelGroup().Matches(lower).Count;
        if (lower.EndsWith('e') && !lower.EndsWith("le", StringComparison.Ordinal) && groups > 1)
        {
            groups--;
        }
        return Math.Max(1, groups);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
