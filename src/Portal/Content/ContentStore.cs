using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace RightHelp.Portal.Content;

/// <summary>
/// Loads content/ once, on first use, and keeps it: content changes ship with a deployment,
/// so there is nothing to invalidate while the app runs.
/// </summary>
public sealed class ContentStore : IContentStore
{
    private readonly Lazy<Loaded> _loaded;

    public ContentStore(IOptions<ContentOptions> options, GovUkMarkdown markdown)
    {
        var root = options.Value.Path;
        _loaded = new Lazy<Loaded>(() => Load(root, markdown), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<GlossaryEntry> Glossary => _loaded.Value.Glossary;

    public IReadOnlyList<LevelOfNeed> Levels => _loaded.Value.Levels;

    public ContentPage? FindPage(string slug) => _loaded.Value.Pages.GetValueOrDefault(slug);

    public GlossaryEntry? FindTerm(string slugTermOrAlias) =>
        _loaded.Value.TermIndex.GetValueOrDefault(slugTermOrAlias.Trim());

    public void EnsureLoaded() => _ = _loaded.Value;

    private static Loaded Load(string root, GovUkMarkdown markdown)
    {
        if (!Directory.Exists(root))
        {
            throw new ContentException($"The content folder {root} does not exist.");
        }
        var pages = Files(root, "pages").Select(file => ToPage(file, markdown)).ToFrozenDictionary(page => page.Slug);
        var glossary = Files(root, "glossary").Select(file => ToEntry(file, markdown))
            .OrderBy(entry => entry.Term, StringComparer.OrdinalIgnoreCase).ToArray();
        var levels = Files(root, "levels").Select(file => ToLevel(file, markdown)).OrderBy(level => level.Order).ToArray();
        return new Loaded(pages, glossary, IndexTerms(glossary), levels);
    }

    private static IEnumerable<MarkdownFile> Files(string root, string folder)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.md").Order(StringComparer.Ordinal).Select(MarkdownFile.Read)
            : [];
    }

    private static ContentPage ToPage(MarkdownFile file, GovUkMarkdown markdown)
    {
        var meta = file.Meta<PageFrontMatter>();
        Require(file, meta.Title, "title");
        return new ContentPage(file.Slug, meta.Title, meta.Description, meta.LastUpdated, markdown.Render(file.Body));
    }

    private static GlossaryEntry ToEntry(MarkdownFile file, GovUkMarkdown markdown)
    {
        var meta = file.Meta<GlossaryFrontMatter>();
        Require(file, meta.Term, "term");
        var explanation = markdown.Render(file.Body);
        Require(file, explanation.Text, "an explanation in the body");
        var aliases = meta.Aliases.Select(alias => alias.Trim()).Where(alias => alias.Length > 0).ToArray();
        var kinder = meta.Kinder.Select(word => word.Trim()).Where(word => word.Length > 0).ToArray();
        return new GlossaryEntry(Slug.From(meta.Term), meta.Term.Trim(), aliases, kinder, explanation);
    }

    private static LevelOfNeed ToLevel(MarkdownFile file, GovUkMarkdown markdown)
    {
        var meta = file.Meta<LevelFrontMatter>();
        Require(file, meta.Title, "title");
        return new LevelOfNeed(Slug.From(meta.Title), meta.Order, meta.Title, meta.Summary, meta.AlsoCalled, markdown.Render(file.Body));
    }

    /// <summary>
    /// One lookup for slugs, terms and aliases. A name that two entries claim would make the
    /// explanation shown depend on file order, so it is refused.
    /// </summary>
    private static FrozenDictionary<string, GlossaryEntry> IndexTerms(IEnumerable<GlossaryEntry> glossary)
    {
        var index = new Dictionary<string, GlossaryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in glossary)
        {
            foreach (var name in new[] { entry.Slug, entry.Term }.Concat(entry.Aliases).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (index.TryGetValue(name, out var other) && other != entry)
                {
                    throw new ContentException($"Glossary: \"{name}\" names both \"{other.Term}\" and \"{entry.Term}\".");
                }
                index[name] = entry;
            }
        }
        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Require(MarkdownFile file, string value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ContentException($"{file.Path}: {what} is missing.");
        }
    }

    private sealed record Loaded(
        FrozenDictionary<string, ContentPage> Pages,
        IReadOnlyList<GlossaryEntry> Glossary,
        FrozenDictionary<string, GlossaryEntry> TermIndex,
        IReadOnlyList<LevelOfNeed> Levels);
}
