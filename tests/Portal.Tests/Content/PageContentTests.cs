namespace RightHelp.Portal.Tests.Content;

public class PageContentTests
{
    private static readonly RightHelp.Portal.Content.ContentStore Content = ContentFolder.Real();

    [Fact]
    public void Accessibility_statement_follows_the_model_statement()
    {
        var page = Content.FindPage("accessibility-statement");

        Assert.NotNull(page);
        foreach (var heading in new[] { "Feedback and contact information", "Reporting accessibility problems", "Enforcement procedure", "Compliance status", "Non-accessible content", "Preparation of this accessibility statement" })
        {
            Assert.Contains(heading, page.Content.Text, StringComparison.Ordinal);
        }
        Assert.Contains("WCAG", page.Content.Html, StringComparison.Ordinal);
        Assert.Contains("2.2", page.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Privacy_notice_names_the_controller_lawful_basis_and_rights()
    {
        var page = Content.FindPage("privacy-notice");

        Assert.NotNull(page);
        foreach (var words in new[] { "data controller", "Data Protection Officer", "Article 6", "Article 9", "Your rights", "Information Commissioner" })
        {
            Assert.Contains(words, page.Content.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Levels_of_need_run_from_universal_to_child_protection()
    {
        var levels = Content.Levels;

        Assert.Equal([1, 2, 3, 4], levels.Select(level => level.Order));
        Assert.Equal(["universal-help", "early-help", "specialist-help-child-in-need", "child-protection-and-urgent-help"], levels.Select(level => level.Slug));
        Assert.All(levels, level =>
        {
            Assert.False(string.IsNullOrWhiteSpace(level.Summary));
            Assert.Contains("What to do", level.Content.Text, StringComparison.Ordinal);
        });
    }
}
