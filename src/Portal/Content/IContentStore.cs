namespace RightHelp.Portal.Content;

/// <summary>
/// The Markdown content under <c>content/</c>, parsed and rendered once and then served from memory.
/// Features that explain words (plans, meetings) read the glossary through this too.
/// </summary>
public interface IContentStore
{
    /// <summary>A page from <c>content/pages/</c> by file name, or null.</summary>
    ContentPage? FindPage(string slug);

    /// <summary>Every glossary entry, A to Z by term.</summary>
    IReadOnlyList<GlossaryEntry> Glossary { get; }

    /// <summary>A glossary entry by its slug, its term or any alias (CP, s47...), ignoring case; or null.</summary>
    GlossaryEntry? FindTerm(string slugTermOrAlias);

    /// <summary>The levels of need, from universal to child protection.</summary>
    IReadOnlyList<LevelOfNeed> Levels { get; }

    /// <summary>Reads every file now, so faults surface at start rather than on a page.</summary>
    void EnsureLoaded();
}
