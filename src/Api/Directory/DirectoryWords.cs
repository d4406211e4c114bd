namespace RightHelp.Api.Directory;

/// <summary>The words known at one moment, with their trigrams computed once.</summary>
public sealed class DirectoryWords
{
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly List<(string Word, HashSet<string> Trigrams)> candidates = [];

    public DirectoryWords(IEnumerable<string> listingWords, DateTimeOffset loadedAt)
    {
        LoadedAt = loadedAt;
        var everyday = SearchVocabulary.Synonyms.SelectMany(pair => pair.Value.Prepend(pair.Key))
            .SelectMany(phrase => SearchQueryParser.Tokenize(phrase));
        foreach (var word in listingWords.Concat(everyday))
        {
            if (known.Add(word) && word.Length >= 3)
            {
                candidates.Add((word, Trigrams.Of(word)));
            }
        }
    }

    public DateTimeOffset LoadedAt { get; }

    public bool Knows(string word) => known.Contains(word);

    /// <summary>The closest known word, if it is close enough to be what was meant.</summary>
    public string? Correct(string word)
    {
        var trigrams = Trigrams.Of(word);
        string? best = null;
        var bestScore = 0.3;
        foreach (var (candidate, candidateTrigrams) in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > 3)
            {
                continue;
            }
            var score = Trigrams.Similarity(trigrams, candidateTrigrams);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }
}
