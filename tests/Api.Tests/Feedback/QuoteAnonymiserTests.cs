using RightHelp.Api.YouSaidWeDid;
using RightHelp.Api.YouSaidWeDid.Anonymising;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed class QuoteAnonymiserTests
{
    private readonly QuoteAnonymiser anonymiser = new();

    [Theory]
    [InlineData("email me at kelly.harlow@example.test please", "kelly.harlow@example.test")]
    [InlineData("ring me on 07700 900123 after 3", "900123")]
    [InlineData("our number is +44 7700 900456", "900456")]
    [InlineData("the office is 0121 496 0000", "496")]
    [InlineData("we live at 12 Acacia Avenue near the park", "Acacia")]
    [InlineData("we moved to 4b Mill lane last year", "Mill")]
    [InlineData("our postcode is WS1 2AB", "WS1")]
    [InlineData("my son goes to Oak Lane Primary School and they were great", "Oak Lane")]
    [InlineData("she is at St Mary's Catholic Academy now", "Mary")]
    [InlineData("thank you to Mr Khan at the hub", "Khan")]
    [InlineData("my worker priya is great", "priya")]
    [InlineData("My social worker Sarah Jones never rang back", "Jones")]
    [InlineData("I told Dave and he sorted it", "Dave")]
    [InlineData("see www.example.test/me for my blog", "example.test")]
    public void Identifying_details_are_taken_out(string text, string identifying)
    {
        var quote = anonymiser.Anonymise(text);

        Assert.DoesNotContain(identifying, quote, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Names_of_the_people_involved_are_taken_out_whatever_their_case()
    {
        var quote = anonymiser.Anonymise("jordan said Harlows never get a say, and Natt was late", ["Jordan", "Harlow", "Natt"]);

        Assert.Equal("[name] said Harlows never get a say, and [name] was late", quote);
    }

    [Fact]
    public void Everyday_words_that_are_also_names_are_kept_in_ordinary_sentences()
    {
        var quote = anonymiser.Anonymise("I will hope for the best. May was a good month for us");

        Assert.Equal("I will hope for the best. May was a good month for us", quote);
    }

    [Fact]
    public void A_quote_without_anything_identifying_is_unchanged()
    {
        const string text = "The meetings are boring and go on for ages, and nobody explained the plan.";

        Assert.Equal(text, anonymiser.Anonymise(text));
    }

    [Fact]
    public void Long_feedback_is_cut_at_a_word_to_a_short_quote()
    {
        var quote = anonymiser.Quote(string.Join(' ', Enumerable.Repeat("the plan was explained well", 40)));

        Assert.True(quote.Length <= FeedbackLimits.MaxQuoteLength + 1);
        Assert.EndsWith("…", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", quote, StringComparison.Ordinal);
    }
}
