using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Forms;
using RightHelp.Portal.Api.Family;
using RightHelp.Portal.Api.Feedback;
using RightHelp.Portal.Components.Feedback;
using RightHelp.Portal.Components.GovUk;
using RightHelp.Portal.Tests.Components;

namespace RightHelp.Portal.Tests.Feedback;

public class GiveFeedbackTests
{
    [Fact]
    public async Task Each_score_has_five_answers_with_words_and_a_face()
    {
        var document = await RenderWithErrors(new GiveFeedbackForm(), signedIn: false, check: false);

        var fieldsets = document.QuerySelectorAll("fieldset").Take(4).ToArray();
        Assert.Equal(4, fieldsets.Length);
        Assert.All(fieldsets, fieldset => Assert.Equal(5, fieldset.QuerySelectorAll("input[type=radio]").Length));
        Assert.Equal(["😢 No, not at all", "🙁 Not really", "😐 A bit", "🙂 Mostly", "😀 Yes, a lot"],
            fieldsets[0].QuerySelectorAll("label").Select(label => label.TextContent));
        Assert.Equal(["1", "2", "3", "4", "5"], fieldsets[0].QuerySelectorAll("input").Select(input => input.GetAttribute("value")));
    }

    [Fact]
    public async Task Someone_not_signed_in_is_offered_only_anonymous_and_a_way_to_sign_in()
    {
        var document = await RenderWithErrors(new GiveFeedbackForm(), signedIn: false, check: false);

        Assert.Null(document.QuerySelector("input[name$='HowToGive']"));
        Assert.Equal("/sign-in?returnUrl=%2Ffeedback", document.QuerySelector(".govuk-inset-text a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Someone_signed_in_chooses_between_their_name_and_anonymous()
    {
        var document = await RenderWithErrors(new GiveFeedbackForm(), signedIn: true, check: false);

        var choices = document.QuerySelectorAll("input[name$='HowToGive']");
        Assert.Equal([GiveFeedbackForm.Named, GiveFeedbackForm.Anonymous], choices.Select(choice => choice.GetAttribute("value")));
    }

    [Fact]
    public void Staff_who_choose_to_give_their_name_are_told_they_cannot_as_staff_not_asked_to_sign_in()
    {
        var form = new GiveFeedbackForm { Text = "The hub was warm and welcoming.", HowToGive = GiveFeedbackForm.Named };

        var staff = GiveFeedbackValidation.Check(form, signedIn: true, staff: true).ToList();
        var family = GiveFeedbackValidation.Check(form, signedIn: true, staff: false).ToList();
        var staffAnonymous = GiveFeedbackValidation.Check(new GiveFeedbackForm { Text = form.Text, HowToGive = GiveFeedbackForm.Anonymous }, signedIn: true, staff: true).ToList();

        Assert.Equal([(GiveFeedbackValidation.StaffCannotGiveNamed, nameof(GiveFeedbackForm.HowToGive))], staff);
        Assert.DoesNotContain("sign in", staff.Single().Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(family);
        Assert.Empty(staffAnonymous);
    }

    [Fact]
    public async Task The_idempotency_key_is_a_hidden_field_posted_back_with_the_form()
    {
        var form = new GiveFeedbackForm { IdempotencyKey = GiveFeedbackValidation.Key(null) };
        var document = await RenderWithErrors(form, signedIn: false, check: false);

        var hidden = document.QuerySelector("input[type=hidden][name$='IdempotencyKey']")!;
        Assert.Equal(form.IdempotencyKey, hidden.GetAttribute("value"));
        Assert.Equal(32, form.IdempotencyKey!.Length);
    }

    [Fact]
    public void A_posted_key_is_kept_and_a_missing_or_strange_one_is_replaced()
    {
        var key = Guid.NewGuid().ToString("N");

        Assert.Equal(key, GiveFeedbackValidation.Key(key));
        Assert.NotEqual(GiveFeedbackValidation.Key(null), GiveFeedbackValidation.Key(null));
        Assert.Equal(32, GiveFeedbackValidation.Key("<script>").Length);
    }

    [Fact]
    public async Task An_empty_form_links_the_error_summary_to_the_box_and_the_name_choice()
    {
        var document = await RenderWithErrors(new GiveFeedbackForm(), signedIn: true);

        var links = document.QuerySelectorAll(".govuk-error-summary__list a");
        Assert.Equal(["Write what you think in the box", "Say if we can see your name"], links.Select(link => link.TextContent));
        Assert.Equal(["#text", "#how-to-give"], links.Select(link => link.GetAttribute("href")));
        Assert.All(links, link => Assert.NotNull(document.QuerySelector(link.GetAttribute("href")!)));
        Assert.Equal("Write what you think in the box", document.QuerySelector("#text-error")!.TextContent.Replace("Error:", "").Trim());
    }

    [Fact]
    public async Task Too_much_text_keeps_everything_typed_and_says_how_long_it_is()
    {
        var form = new GiveFeedbackForm { Text = new string('a', 2001), ListenedTo = "4", Theme = "relationships" };
        var document = await RenderWithErrors(form, signedIn: false);

        Assert.Equal("Use 2000 letters or fewer. You have used 2001", document.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal(2001, document.QuerySelector("textarea#text")!.TextContent.Length);
        Assert.Equal("4", document.QuerySelector("input[name$='ListenedTo'][checked]")!.GetAttribute("value"));
        Assert.Equal("relationships", document.QuerySelector("input[name$='Theme'][checked]")!.GetAttribute("value"));
    }

    [Fact]
    public void Someone_not_signed_in_always_gives_it_anonymously_whatever_was_posted()
    {
        var form = new GiveFeedbackForm { Text = " Good ", HowToGive = GiveFeedbackForm.Named, IdempotencyKey = "k", ExplainedClearly = "5", ListenedTo = "9", Theme = "people-who-help", Locality = "southfield" };

        var anonymous = GiveFeedbackValidation.ToInput(form, signedIn: false, FeedbackData.Localities);
        var named = GiveFeedbackValidation.ToInput(form, signedIn: true, FeedbackData.Localities);

        Assert.Equal(new SubmitFeedbackInput(5, null, null, null, "Good", FeedbackTheme.PeopleWhoHelp, true, "k", "TG9jYWxpdHk6Mg"), anonymous);
        Assert.False(named.Anonymous);
    }

    [Fact]
    public void Api_errors_land_on_their_field_and_anything_else_is_put_kindly()
    {
        var payload = new SubmitFeedbackPayload(null, false,
            [new ApiError("Pick from 1 to 5", "listenedTo"), new ApiError("That key was used for other words", "idempotencyKey"), new ApiError("Sign in first", "anonymous")]);

        var errors = GiveFeedbackValidation.FromApi(payload).ToArray();

        Assert.Equal(("Pick from 1 to 5", nameof(GiveFeedbackForm.ListenedTo)), errors[0]);
        Assert.Equal((GiveFeedbackValidation.TryAgain, nameof(GiveFeedbackForm.Text)), errors[1]);
        Assert.Equal(("Sign in first", nameof(GiveFeedbackForm.HowToGive)), errors[2]);
        Assert.Equal((GiveFeedbackValidation.TryAgain, nameof(GiveFeedbackForm.Text)), GiveFeedbackValidation.FromApi(null).Single());
    }

    [Fact]
    public async Task The_thank_you_page_leads_with_where_to_get_help_when_the_words_are_worrying()
    {
        var document = await ComponentRenderer.RenderAsync<ThankYouView>(new() { ["NeedsHelpNow"] = true, ["Named"] = false });

        var first = document.Body!.Children.First();
        Assert.Contains("govuk-notification-banner", first.ClassName, StringComparison.Ordinal);
        Assert.Contains("999", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("0800 1111", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("01632 960 123", first.TextContent, StringComparison.Ordinal);
        Assert.Equal("Thank you", document.QuerySelector(".govuk-panel h1")!.TextContent);
        Assert.Null(document.QuerySelector("a[href='/feedback/yours']"));
    }

    [Fact]
    public async Task The_thank_you_page_for_named_feedback_says_where_to_follow_it()
    {
        var document = await ComponentRenderer.RenderAsync<ThankYouView>(new() { ["Named"] = true, ["Theme"] = FeedbackTheme.TypeOfHelp });

        Assert.Null(document.QuerySelector(".govuk-notification-banner"));
        Assert.Equal("govuk-panel govuk-panel--confirmation", document.Body!.Children.First().ClassName);
        Assert.NotNull(document.QuerySelector("a[href='/feedback/yours']"));
        Assert.Contains("The kind of help", document.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_thank_you_address_carries_nothing_that_says_who_gave_it()
    {
        Assert.Equal("/feedback/thank-you?help=true&named=true&theme=communication", ThankYou.Address(true, true, FeedbackTheme.Communication));
        Assert.Equal("/feedback/thank-you", ThankYou.Address(false, false, null));
    }

    private static async Task<IDocument> RenderWithErrors(GiveFeedbackForm form, bool signedIn, bool check = true)
    {
        var context = new EditContext(form);
        var messages = new ValidationMessageStore(context);
        if (check)
        {
            foreach (var (message, field) in GiveFeedbackValidation.Check(form, signedIn))
            {
                messages.Add(context.Field(field), message);
            }
        }
        var errors = ErrorSummaryItem.From(context,
            () => form.ExplainedClearly, () => form.InvolvedInPlanning, () => form.ListenedTo, () => form.HappyWithHelp,
            () => form.Text, () => form.Theme, () => form.Locality, () => form.HowToGive);
        return await ComponentRenderer.RenderInFormAsync(context, builder =>
        {
            builder.OpenComponent<ErrorSummary>(0);
            builder.AddComponentParameter(1, nameof(ErrorSummary.Errors), errors);
            builder.CloseComponent();
            builder.OpenComponent<GiveFeedbackFields>(2);
            builder.AddComponentParameter(3, nameof(GiveFeedbackFields.Form), form);
            builder.AddComponentParameter(4, nameof(GiveFeedbackFields.SignedIn), signedIn);
            builder.AddComponentParameter(5, nameof(GiveFeedbackFields.Localities), FeedbackData.Localities);
            builder.CloseComponent();
        });
    }
}
