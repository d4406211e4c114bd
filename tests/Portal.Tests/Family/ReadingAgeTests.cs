using Xunit.Abstractions;

namespace RightHelp.Portal.Tests.Family;

/// <summary>
/// Issue 5: the family pages' own words have a reading age of 9 or under, that is a
/// Flesch-Kincaid grade of 4 or under (reading age = grade + 5).
/// </summary>
public class ReadingAgeTests(ITestOutputHelper output)
{
    private const double HighestGrade = 4;

    /// <summary>Each page with the parts only it shows.</summary>
    private static readonly Dictionary<string, string[]> Pages = new()
    {
        ["/your-family"] = ["YourFamily.razor", "YourFamilyView.razor"],
        ["/plans/{id}"] = ["PlanPage.razor", "PlanView.razor", "ActionsTable.razor", "ActionStatusTag.razor"],
        ["/meetings/{id}"] = ["MeetingPage.razor", "MeetingDetails.razor", "MeetingViewsFields.razor", "MeetingViewsValidation.cs"],
        ["/your-team"] = ["YourTeam.razor", "TeamMemberCard.razor", "QuestionList.razor"],
    };

    private static IReadOnlyList<string> Words(IEnumerable<string> files) =>
        [.. files.SelectMany(file => PageWords.Of(Path.Combine(PageWords.Folder(), file)))];

    [Fact]
    public void Family_pages_words_have_a_reading_age_of_nine_or_under()
    {
        var words = Words(Pages.Values.SelectMany(files => files));
        var grade = FleschKincaid.Grade(words);
        output.WriteLine($"All family pages: {words.Count} pieces of text, grade {grade:0.0}, reading age {grade + 5:0.0}");

        Assert.True(words.Count > 80, "too few words found to measure: " + words.Count);
        Assert.True(grade <= HighestGrade, $"grade {grade:0.0}: " + string.Join(" | ", words));
    }

    [Fact]
    public void Each_family_page_has_a_reading_age_of_nine_or_under()
    {
        foreach (var (page, files) in Pages)
        {
            var words = Words(files);
            var grade = FleschKincaid.Grade(words);
            output.WriteLine($"{page}: {words.Count} pieces of text, grade {grade:0.0}, reading age {grade + 5:0.0}");
            Assert.True(grade <= HighestGrade, $"{page} grade {grade:0.0}: " + string.Join(" | ", words));
        }
    }

    [Fact]
    public void Every_family_component_is_measured_with_its_page()
    {
        var measured = Pages.Values.SelectMany(files => files).ToHashSet();
        var razor = Directory.EnumerateFiles(PageWords.Folder(), "*.razor").Select(file => Path.GetFileName(file));

        Assert.All(razor, file => Assert.Contains(file, measured));
    }

    [Theory]
    [InlineData("The cat sat on the mat.", 0)]
    [InlineData("Comprehensive multidisciplinary safeguarding arrangements necessitate interagency collaboration.", 12)]
    public void Grade_tells_easy_words_from_hard_ones(string text, double atLeast)
    {
        var grade = FleschKincaid.Grade([text]);
        Assert.True(atLeast == 0 ? grade <= 1 : grade >= atLeast, $"grade {grade:0.0}");
    }
}
