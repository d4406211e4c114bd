namespace RightHelp.Api.Glossary;

/// <summary>
/// A jargon-buster entry from <c>content/glossary/*.md</c>. <see cref="Kinder"/> is set when the
/// word itself does not care ("contact", "placement"): writers are offered these instead.
/// </summary>
public sealed record GlossaryTerm(string Slug, string Term, IReadOnlyList<string> Aliases, string Explanation, IReadOnlyList<string> Kinder)
{
    /// <summary>The term and its aliases: every spelling that should be explained where it stands.</summary>
    public IEnumerable<string> Spellings => Aliases.Prepend(Term);

    public bool DoesNotCare => Kinder.Count > 0;
}
