using System.Text.RegularExpressions;
using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid.Themes;

/// <summary>
/// Suggests a theme from the words when the person left it blank, by adding up the
/// <see cref="ThemeLexicon"/> weights of the words and phrases found. A suggestion only: staff
/// can change it, and the person's own choice always wins.
/// </summary>
public sealed partial class ThemeSuggester
{
    private static readonly string[] Endings = ["", "s", "es", "d", "ed", "ing", "er", "ers", "ion", "ions", "ful", "ly"];

    /// <summary>When scores tie, the order the Big Conversation poster lists the themes in.</summary>
    private static readonly FeedbackTheme[] Order = [FeedbackTheme.Communication, FeedbackTheme.Relationships, FeedbackTheme.PeopleWhoHelp, FeedbackTheme.TypeOfHelp];

    private readonly List<(FeedbackTheme Theme, string Term, string[] Words, int Weight)> terms = ThemeLexicon.Entries
        .SelectMany(e => e.Value.Select(t => (e.Key, t.Key, t.Key.Split(' '), t.Value)))
        .ToList();

    public ThemeSuggestion Suggest(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ThemeSuggestion.None;
        }
        var words = Words(text);
        var scores = new Dictionary<FeedbackTheme, int>();
        var evidence = new Dictionary<FeedbackTheme, List<string>>();
        foreach (var (theme, term, termWords, weight) in terms)
        {
            if (Contains(words, termWords))
            {
                scores[theme] = scores.GetValueOrDefault(theme) + weight;
                (evidence.TryGetValue(theme, out var list) ? list : evidence[theme] = []).Add(term);
            }
        }
        if (scores.Count == 0)
        {
            return ThemeSuggestion.None;
        }
        var best = Order.OrderByDescending(t => scores.GetValueOrDefault(t)).First();
        return new ThemeSuggestion(best, evidence[best]);
    }

    private static string[] Words(string text)
        => NotWord().Replace(text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal), " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool Contains(string[] words, string[] termWords)
    {
        for (var start = 0; start + termWords.Length <= words.Length; start++)
        {
            var all = true;
            for (var i = 0; i < termWords.Length && all; i++)
            {
                all = Matches(words[start + i], termWords[i]);
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(string word, string stem)
        => word.StartsWith(stem, StringComparison.Ordinal) && Endings.Contains(word[stem.Length..]);

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NotWord();
}
