using RightHelp.Portal.Content;

namespace RightHelp.Portal.Tests.Content;

public class ContentStoreTests
{
    [Fact]
    public void A_name_claimed_by_two_glossary_entries_is_refused()
    {
        using var folder = ContentFolder.Scratch();
        folder.Write("glossary/a.md", "---\nterm: Child in need\naliases: [CIN]\n---\nHelp for a child.\n");
        folder.Write("glossary/b.md", "---\nterm: Child in care\naliases: [cin]\n---\nA child the council looks after.\n");

        var error = Assert.Throws<ContentException>(() => folder.Store().EnsureLoaded());

        Assert.Contains("cin", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_glossary_entry_without_an_explanation_is_refused()
    {
        using var folder = ContentFolder.Scratch();
        folder.Write("glossary/empty.md", "---\nterm: Core group\n---\n\n");

        var error = Assert.Throws<ContentException>(() => folder.Store().EnsureLoaded());

        Assert.Contains("explanation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_front_matter_key_is_refused_rather_than_ignored()
    {
        using var folder = ContentFolder.Scratch();
        folder.Write("glossary/typo.md", "---\nterm: Core group\nalias: [CG]\n---\nA small group.\n");

        Assert.Throws<ContentException>(() => folder.Store().EnsureLoaded());
    }

    [Fact]
    public void Entries_are_sorted_and_found_by_slug_term_or_alias()
    {
        using var folder = ContentFolder.Scratch();
        folder.Write("glossary/z.md", "---\nterm: Team around the family\naliases: [TAF]\n---\nPeople who help.\n");
        folder.Write("glossary/a.md", "---\nterm: Child in need\naliases: [CIN]\nkinder: []\n---\nHelp for a **child**.\n");
        var store = folder.Store();

        Assert.Equal(["Child in need", "Team around the family"], store.Glossary.Select(entry => entry.Term));
        Assert.Same(store.FindTerm("team-around-the-family"), store.FindTerm("taf"));
        Assert.Equal("Help for a child.", store.FindTerm("CIN")!.Explanation.Text);
        Assert.Null(store.FindTerm("PLO"));
    }

    [Fact]
    public void Pages_keep_their_front_matter()
    {
        using var folder = ContentFolder.Scratch();
        folder.Write("pages/about.md", "---\ntitle: About\ndescription: What this is.\nlastUpdated: 2026-11-23\n---\nBody <em>text</em>.\n");

        var page = folder.Store().FindPage("about");

        Assert.NotNull(page);
        Assert.Equal("About", page.Title);
        Assert.Equal(new DateOnly(2026, 11, 23), page.LastUpdated);
        Assert.Contains("&lt;em&gt;", page.Content.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_content_folder_is_reported_by_path()
    {
        using var folder = ContentFolder.Scratch();
        var missing = Path.Combine(folder.Path, "nowhere");
        var store = new ContentStore(Microsoft.Extensions.Options.Options.Create(new ContentOptions { Path = missing }), new GovUkMarkdown());

        var error = Assert.Throws<ContentException>(store.EnsureLoaded);

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
