using RightHelp.Portal.Content;

namespace RightHelp.Portal.Tests.Content;

/// <summary>Checks the real content/glossary that families and the plan explainer rely on.</summary>
public class GlossaryContentTests
{
    private static readonly ContentStore Content = ContentFolder.Real();

    [Fact]
    public void Glossary_explains_at_least_60_terms()
    {
        Assert.True(Content.Glossary.Count >= 60, $"Only {Content.Glossary.Count} glossary terms.");
    }

    [Fact]
    public void Every_term_and_alias_names_exactly_one_entry()
    {
        var names = Content.Glossary
            .SelectMany(entry => new[] { entry.Term }.Concat(entry.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).Select(name => (name, entry.Term)))
            .GroupBy(pair => pair.name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Select(pair => pair.Term).Distinct().Count() > 1)
            .Select(group => group.Key)
            .ToList();

        Assert.Empty(names);
    }

    [Fact]
    public void Every_entry_has_a_short_plain_explanation()
    {
        Assert.All(Content.Glossary, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Explanation.Text), entry.Term);
            Assert.True(entry.Explanation.Text.Length <= 400, $"{entry.Term} has a {entry.Explanation.Text.Length}-character explanation.");
        });
    }

    [Fact]
    public void Every_entry_has_its_own_address()
    {
        Assert.Equal(Content.Glossary.Count, Content.Glossary.Select(entry => entry.Slug).Distinct().Count());
        Assert.All(Content.Glossary, entry => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", entry.Slug));
    }

    [Theory]
    [InlineData("CP")]
    [InlineData("CIN")]
    [InlineData("LAC")]
    [InlineData("CLA")]
    [InlineData("TAF")]
    [InlineData("s47")]
    [InlineData("s17")]
    [InlineData("PLO")]
    [InlineData("IRO")]
    [InlineData("FGC")]
    [InlineData("EHCP")]
    [InlineData("SEND")]
    [InlineData("CAMHS")]
    [InlineData("MASH")]
    [InlineData("DSL")]
    [InlineData("core group")]
    public void Common_abbreviations_and_terms_are_explained(string name)
    {
        Assert.NotNull(Content.FindTerm(name));
    }

    [Fact]
    public void Looking_up_ignores_case()
    {
        Assert.Same(Content.FindTerm("Child protection"), Content.FindTerm("cp"));
        Assert.Same(Content.FindTerm("section 47 enquiry"), Content.FindTerm("S47"));
    }

    [Theory]
    [InlineData("contact", "family time")]
    [InlineData("placement", "home")]
    [InlineData("LAC", "children in care")]
    [InlineData("failed to engage", null)]
    [InlineData("non-compliant", null)]
    [InlineData("respite", "short break")]
    public void Words_that_do_not_care_offer_kinder_words(string word, string? kinder)
    {
        var entry = Content.FindTerm(word);

        Assert.NotNull(entry);
        Assert.True(entry.HasKinderWords, $"{word} has no kinder words.");
        if (kinder is not null)
        {
            Assert.Contains(kinder, entry.Kinder);
        }
    }
}
