using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Glossary;
using RightHelp.Api.PlainLanguage;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;
using Xunit.Abstractions;

namespace RightHelp.Api.Tests.PlainLanguage;

/// <summary>
/// Issue 5: in the demo plans, every glossary term and known abbreviation is explained on the page.
/// Strict: an abbreviation the glossary does not know fails the test, so a new demo plan cannot
/// bring jargon the family is left to guess.
/// </summary>
public sealed class DemoPlansPlainLanguageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await PortalDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Every_glossary_term_in_the_demo_plans_is_explained_where_it_stands()
    {
        var glossary = GlossaryLoader.Load(RepositoryPaths.Content);
        var renderer = new PlainLanguageRenderer(glossary);
        await using var db = PortalDatabase.CreateContext(database.ConnectionString);
        var sections = await db.PlanSections.AsNoTracking().ToListAsync();
        Assert.NotEmpty(sections);

        var missed = new List<string>();
        var explained = 0;
        var readingAges = new List<double>();
        var unexplainedAbbreviations = new HashSet<string>();
        foreach (var section in sections)
        {
            var rendered = renderer.Render(section.Body, "s");
            readingAges.Add(rendered.ReadingAge);
            unexplainedAbbreviations.UnionWith(rendered.Check.UnexplainedAbbreviations);
            foreach (var term in glossary.Terms)
            {
                var found = term.Spellings.Where(s => glossary.Find(s) == term).Any(s => Regex.IsMatch(rendered.Text,
                    $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(s)}(?![\p{{L}}\p{{N}}])",
                    TermMatcher.IsAbbreviation(s) ? RegexOptions.None : RegexOptions.IgnoreCase));
                if (!found)
                {
                    continue;
                }
                if (rendered.Terms.FirstOrDefault(t => t.Term == term.Term) is { } shown
                    && rendered.Html.Contains($"href=\"#{shown.Anchor}\"", StringComparison.Ordinal)
                    && rendered.Html.Contains($"id=\"{shown.Anchor}\"", StringComparison.Ordinal))
                {
                    explained++;
                }
                else if (rendered.Terms.Any(t => term.Spellings.Any(s => t.Spelling.Length > s.Length && t.Spelling.Contains(s, StringComparison.OrdinalIgnoreCase))))
                {
                    // Part of a longer term that is explained ("LAC review" explains the review, which says what LAC means).
                    explained++;
                }
                else
                {
                    missed.Add($"{term.Term} in section {section.Id}");
                }
            }
        }

        output.WriteLine($"{sections.Count} sections; {explained} term uses explained, {missed.Count} missed; " +
            $"reading age mean {readingAges.Average():0.0}, max {readingAges.Max():0.0}; " +
            $"abbreviations the glossary does not know: {string.Join(", ", unexplainedAbbreviations.Order())}");
        Assert.True(missed.Count == 0, "Not explained: " + string.Join("; ", missed));
        Assert.True(unexplainedAbbreviations.Count == 0, "The glossary does not know: " + string.Join(", ", unexplainedAbbreviations.Order()));
        Assert.True(explained > 0);
    }
}
