using RightHelp.Api.YouSaidWeDid.Safeguarding;
using Xunit.Abstractions;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed class SafeguardingScreenTests(ITestOutputHelper output)
{
    private readonly SafeguardingScreen screen = new();

    [Fact]
    public void The_disclosure_set_is_flagged_with_at_most_two_misses()
    {
        Assert.True(FeedbackTestData.Disclosures.Count >= 40);

        var misses = FeedbackTestData.Disclosures.Where(text => !screen.Screen(text).Flagged).ToList();

        output.WriteLine($"Safeguarding misses: {misses.Count}/{FeedbackTestData.Disclosures.Count}");
        foreach (var miss in misses)
        {
            output.WriteLine("  missed: " + miss);
        }
        Assert.True(misses.Count <= 2, "Missed disclosures:\n" + string.Join("\n", misses));
    }

    [Fact]
    public void False_alarms_on_ordinary_feedback_stay_under_ten_percent()
    {
        Assert.True(FeedbackTestData.Ordinary.Count >= 200);

        var alarms = FeedbackTestData.Ordinary
            .Select(m => (m.Text, Result: screen.Screen(m.Text)))
            .Where(r => r.Result.Flagged)
            .ToList();

        output.WriteLine($"Safeguarding false alarms: {alarms.Count}/{FeedbackTestData.Ordinary.Count}");
        foreach (var (text, result) in alarms)
        {
            output.WriteLine($"  false alarm: {text}  <= {string.Join("; ", result.Signals.Select(s => $"{s.Rule}: '{s.Matched}'"))}");
        }
        Assert.True(alarms.Count <= FeedbackTestData.Ordinary.Count / 10, $"{alarms.Count} false alarms");
    }

    [Theory]
    [InlineData("my step dad hits me", SafeguardingCategory.PhysicalHarm)]
    [InlineData("i want to kill myself", SafeguardingCategory.Suicide)]
    [InlineData("he touches me", SafeguardingCategory.SexualAbuse)]
    [InlineData("i dont feel safe at home", SafeguardingCategory.FearAtHome)]
    [InlineData("mum hasnt fed us", SafeguardingCategory.Neglect)]
    [InlineData("I DON\u2019T FEEL SAFE", SafeguardingCategory.FearAtHome)]
    [InlineData("im sooooo scared to go home", SafeguardingCategory.FearAtHome)]
    [InlineData("i wanna die", SafeguardingCategory.Suicide)]
    [InlineData("kms", SafeguardingCategory.Suicide)]
    [InlineData("been self-harming again", SafeguardingCategory.SelfHarm)]
    public void Everyday_spelling_of_a_disclosure_is_flagged_with_the_signal_that_matched(string text, SafeguardingCategory expected)
    {
        var result = screen.Screen(text);

        Assert.True(result.Flagged);
        Assert.Contains(result.Signals, s => s.Category == expected);
        Assert.All(result.Signals, s => Assert.False(string.IsNullOrEmpty(s.Rule)));
    }

    [Theory]
    [InlineData("I don't want to kill myself but I think about it")]
    [InlineData("he doesnt hit me any more, only sometimes")]
    [InlineData("im not suicidal or anything i just feel like ending it all")]
    public void A_negation_does_not_clear_a_disclosure(string text)
        => Assert.True(screen.Screen(text).Flagged);

    [Theory]
    [InlineData("my worker made me feel safe to talk")]
    [InlineData("I feel safe at home now")]
    [InlineData("the meeting was boring")]
    [InlineData("")]
    public void Ordinary_words_about_feeling_safe_or_bored_are_not_flagged(string text)
        => Assert.False(screen.Screen(text).Flagged);

    [Fact]
    public void The_summary_names_categories_and_never_repeats_the_words()
    {
        var result = screen.Screen("my step dad hits me and i want to kill myself");

        Assert.Contains("PhysicalHarm", result.Summary, StringComparison.Ordinal);
        Assert.Contains("Suicide", result.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("step", result.Summary, StringComparison.OrdinalIgnoreCase);
    }
}
