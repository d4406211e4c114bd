namespace RightHelp.Portal.Content;

/// <summary>One jargon-buster entry: a term, its other names, a plain explanation and kinder words.</summary>
public sealed record GlossaryEntry(
    string Slug,
    string Term,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Kinder,
    RenderedMarkdown Explanation)
{
    /// <summary>The letter the A to Z groups it under.</summary>
    public char Letter => char.ToUpperInvariant(Term[0]) is var c && char.IsAsciiLetter(c) ? c : '#';

    /// <summary>Whether the term is one practitioners should replace with a kinder word.</summary>
    public bool HasKinderWords => Kinder.Count > 0;
}
