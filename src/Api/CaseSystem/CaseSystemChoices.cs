namespace RightHelp.Api.CaseSystem;

/// <summary>
/// The words a case system may send for one of our choices. Letters are compared without case,
/// spaces or punctuation, so "young person", "Young-Person" and the schema's YOUNG_PERSON all match.
/// </summary>
public sealed class CaseSystemChoices<T>(string what)
    where T : struct
{
    private readonly Dictionary<string, T> _byKey = [];
    private readonly List<string> _shown = [];

    /// <summary>What the choice is, in an error message ("role", "audience").</summary>
    public string What => what;

    public string Listing => string.Join(", ", _shown.Select(s => $"\"{s}\""));

    /// <summary>Adds a word; the first word for each value is the one error messages suggest.</summary>
    public CaseSystemChoices<T> Add(T value, params string[] words)
    {
        foreach (var word in words)
        {
            _byKey[Key(word)] = value;
        }
        _shown.Add(words[0]);
        return this;
    }

    public T? Find(string word) => _byKey.TryGetValue(Key(word), out var value) ? value : null;

    private static string Key(string word) => string.Concat(word.Where(char.IsLetter).Select(char.ToLowerInvariant));
}
