using RightHelp.Portal.Tests.Family;
using Xunit.Abstractions;

namespace RightHelp.Portal.Tests.Localities;

/// <summary>
/// Issue 7: the pages families use to find what is on say things plainly: a reading age of 9
/// or under (Flesch-Kincaid grade 4), measured on the pages' own words as for the family pages.
/// </summary>
public class OffersReadingAgeTests(ITestOutputHelper output)
{
    private const double HighestGrade = 4;

    private static string Components(string folder) => Path.GetFullPath(Path.Combine(PageWords.Folder(), "..", folder));

    public static TheoryData<string> Folders => new() { "Offers", "Localities" };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Family_offer_pages_have_a_reading_age_of_nine_or_under(string folder)
    {
        var files = Directory.EnumerateFiles(Components(folder)).Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal));
        var words = files.SelectMany(PageWords.Of).ToList();
        var grade = FleschKincaid.Grade(words);
        output.WriteLine($"{folder}: {words.Count} pieces of text, grade {grade:0.0}, reading age {grade + 5:0.0}");

        Assert.True(words.Count > 30, "too few words found to measure: " + words.Count);
        Assert.True(grade <= HighestGrade, $"grade {grade:0.0}: " + string.Join(" | ", words));
    }
}
