using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid.Themes;
using Xunit.Abstractions;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed class ThemeSuggesterTests(ITestOutputHelper output)
{
    private readonly ThemeSuggester suggester = new();

    [Fact]
    public void Suggestions_agree_with_the_labelled_examples_most_of_the_time()
    {
        var all = Measure(FeedbackTestData.Ordinary);
        var heldOut = Measure(FeedbackTestData.Ordinary.Where(m => m.HeldOut).ToList());

        output.WriteLine($"Theme accuracy: {all.Right}/{all.Total} ({all.Percent:0}%) overall, {heldOut.Right}/{heldOut.Total} ({heldOut.Percent:0}%) on the held-out lines");
        foreach (var theme in Enum.GetValues<FeedbackTheme>())
        {
            var subset = Measure(FeedbackTestData.Ordinary.Where(m => m.Theme == theme).ToList());
            output.WriteLine($"  {theme}: {subset.Right}/{subset.Total}");
        }
        Assert.True(all.Percent >= 70, $"accuracy {all.Percent:0}%");
        Assert.True(heldOut.Percent >= 50, $"held-out accuracy {heldOut.Percent:0}%");
    }

    [Theory]
    [InlineData("I didnt understand the words they used", FeedbackTheme.Communication)]
    [InlineData("my worker keeps changing", FeedbackTheme.PeopleWhoHelp)]
    [InlineData("I trust her and she listens to me", FeedbackTheme.Relationships)]
    [InlineData("the parenting course helped", FeedbackTheme.TypeOfHelp)]
    public void Clear_examples_get_their_theme_and_the_evidence_for_it(string text, FeedbackTheme expected)
    {
        var suggestion = suggester.Suggest(text);

        Assert.Equal(expected, suggestion.Theme);
        Assert.NotEmpty(suggestion.Evidence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ok")]
    [InlineData("12345")]
    public void Words_with_no_clue_get_no_suggestion(string text)
        => Assert.Null(suggester.Suggest(text).Theme);

    private (int Right, int Total, double Percent) Measure(IReadOnlyList<LabelledMessage> messages)
    {
        var right = messages.Count(m => suggester.Suggest(m.Text).Theme == m.Theme);
        return (right, messages.Count, messages.Count == 0 ? 0 : 100.0 * right / messages.Count);
    }
}
