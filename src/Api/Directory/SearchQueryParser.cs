using System.Text;

namespace RightHelp.Api.Directory;

/// <summary>
/// Turns what someone typed into concepts: misspelt words corrected to known words, everyday
/// phrases expanded to the words listings use, filler words dropped. Output words are plain
/// lower-case letters, so they are safe inside a tsquery (they are also sent as parameters).
/// </summary>
public static class SearchQueryParser
{
    private const int LongestPhrase = 5;

    public static IReadOnlyList<string> Tokenize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is '\'' or '\u2019')
            {
                // "won't" and "children's" become "wont" and "childrens", as people type them anyway.
                continue;
            }
            builder.Append(c is >= 'a' and <= 'z' ? c : ' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static IReadOnlyList<SearchConcept> Parse(string text, DirectoryWords words)
    {
        var tokens = Tokenize(text).Take(20).ToList();
        var corrections = new Dictionary<int, string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length >= 4 && !SearchVocabulary.StopWords.Contains(token) && !words.Knows(token)
                && words.Correct(token) is { } corrected)
            {
                corrections[i] = corrected;
                tokens[i] = corrected;
            }
        }

        var concepts = new List<SearchConcept>();
        var position = 0;
        while (position < tokens.Count)
        {
            var matched = false;
            for (var length = Math.Min(LongestPhrase, tokens.Count - position); length >= 1 && !matched; length--)
            {
                var phrase = string.Join(' ', tokens.Skip(position).Take(length));
                if (SearchVocabulary.Synonyms.TryGetValue(phrase, out var expansions))
                {
                    var original = Enumerable.Range(position, length)
                        .Where(corrections.ContainsKey)
                        .Select(i => Tokenize(text)[i]);
                    concepts.Add(Concept(expansions.Prepend(phrase).Concat(original), length == 1 ? Weight(phrase) : 1.0));
                    position += length;
                    matched = true;
                }
            }
            if (matched)
            {
                continue;
            }
            var token = tokens[position];
            if (!SearchVocabulary.StopWords.Contains(token) && token.Length >= 2)
            {
                var alternatives = corrections.ContainsKey(position) ? new[] { token, Tokenize(text)[position] } : [token];
                concepts.Add(Concept(alternatives, Weight(token)));
            }
            position++;
        }
        return concepts;
    }

    private static double Weight(string word) => SearchVocabulary.WeakWords.Contains(word) ? 0.3 : 1.0;

    private static SearchConcept Concept(IEnumerable<string> terms, double weight)
    {
        var single = new List<string>();
        var phrases = new List<string>();
        foreach (var term in terms)
        {
            var parts = Tokenize(term);
            if (parts.Count == 1)
            {
                single.Add(parts[0]);
            }
            else if (parts.Count > 1)
            {
                phrases.Add(string.Join(' ', parts));
            }
        }
        return new SearchConcept(single.Distinct().ToList(), phrases.Distinct().ToList(), weight);
    }
}
