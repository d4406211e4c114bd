using RightHelp.Portal.Tests.Family;
using Xunit.Abstractions;

namespace RightHelp.Portal.Tests.Feedback;

/// <summary>
/// Issue 6: the pages children, young people and parents use to give feedback and see what
/// changed have a reading age of 9 or under (a Flesch-Kincaid grade of 4 or under).
/// </summary>
public class FeedbackReadingAgeTests(ITestOutputHelper output)
{
    private const double HighestGrade = 4;

    private static readonly Dictionary<string, string[]> Pages = new()
    {
        ["/feedback"] = ["GiveFeedback.razor", "GiveFeedbackFields.razor", "GiveFeedbackValidation.cs", "ScoreScale.cs", "FeedbackThemes.cs", "HelpNow.razor"],
        ["/feedback/thank-you"] = ["ThankYou.razor", "ThankYouView.razor", "HelpNow.razor"],
        ["/feedback/yours"] = ["YourFeedback.razor", "YourFeedbackView.razor", "FeedbackStatusTag.razor"],
        ["/you-said-we-did"] = ["YouSaidWeDidPage.razor", "YouSaidWeDidView.razor", "FeedbackThemes.cs"],
    };

    private static string Folder() => Path.GetFullPath(Path.Combine(PageWords.Folder(), "..", "Feedback"));

    private static IReadOnlyList<string> Words(IEnumerable<string> files) =>
        [.. files.SelectMany(file => PageWords.Of(Path.Combine(Folder(), file)))];

    [Fact]
    public void Each_feedback_page_for_families_has_a_reading_age_of_nine_or_under()
    {
        foreach (var (page, files) in Pages)
        {
            var words = Words(files);
            var grade = FleschKincaid.Grade(words);
            output.WriteLine($"{page}: {words.Count} pieces of text, grade {grade:0.0}, reading age {grade + 5:0.0}");

            Assert.True(words.Count > 8, $"{page}: too few words found to measure: {words.Count}");
            Assert.True(grade <= HighestGrade, $"{page} grade {grade:0.0}: " + string.Join(" | ", words));
        }
    }

    [Fact]
    public void Every_feedback_component_is_measured_with_its_page()
    {
        var measured = Pages.Values.SelectMany(files => files).ToHashSet();
        var razor = Directory.EnumerateFiles(Folder(), "*.razor").Select(file => Path.GetFileName(file));

        Assert.All(razor, file => Assert.Contains(file, measured));
    }
}
