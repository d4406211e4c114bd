namespace RightHelp.Api.Glossary;

/// <summary>The loaded jargon buster, looked up by any spelling of a term (case-insensitive).</summary>
public sealed class Glossary
{
    private readonly Dictionary<string, GlossaryTerm> _bySpelling = new(StringComparer.OrdinalIgnoreCase);

    public Glossary(IReadOnlyList<GlossaryTerm> terms)
    {
        Terms = terms;
        foreach (var term in terms)
        {
            foreach (var spelling in term.Spellings)
            {
                _bySpelling.TryAdd(spelling, term);
            }
        }
    }

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    public IEnumerable<string> Spellings => _bySpelling.Keys;

    public GlossaryTerm? Find(string spelling) => _bySpelling.GetValueOrDefault(spelling);
}
