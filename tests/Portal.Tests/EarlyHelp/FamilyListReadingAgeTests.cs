using RightHelp.Portal.Tests.Family;
using Xunit.Abstractions;

namespace RightHelp.Portal.Tests.EarlyHelp;

/// <summary>Issue 7: the list a family opens reads at age 9 or under (Flesch-Kincaid grade 4 or under).</summary>
public class FamilyListReadingAgeTests(ITestOutputHelper output)
{
    [Fact]
    public void The_family_list_has_a_reading_age_of_nine_or_under()
    {
        var folder = Path.Combine(Path.GetDirectoryName(PageWords.Folder())!, "EarlyHelp");
        var words = new[] { "FamilyListPage.razor", "FamilyListView.razor" }.SelectMany(file => PageWords.Of(Path.Combine(folder, file))).ToList();
        var grade = FleschKincaid.Grade(words);
        output.WriteLine($"/list/{{token}}: {words.Count} pieces of text, grade {grade:0.0}, reading age {grade + 5:0.0}");

        Assert.True(words.Count >= 12, "too few words found to measure: " + words.Count);
        Assert.True(grade <= 4, $"grade {grade:0.0}: " + string.Join(" | ", words));
    }
}
