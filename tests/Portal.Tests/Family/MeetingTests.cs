using Microsoft.AspNetCore.Components.Forms;
using RightHelp.Portal.Api.Family;
using RightHelp.Portal.Components.Family;
using RightHelp.Portal.Components.GovUk;
using RightHelp.Portal.Tests.Components;
using static RightHelp.Portal.Tests.Family.FamilyRenderer;

namespace RightHelp.Portal.Tests.Family;

public class MeetingTests
{
    [Fact]
    public async Task Meeting_says_when_where_and_why_and_links_to_its_calendar_file()
    {
        var document = await Render<MeetingDetails>(("Meeting", FamilyData.Meeting("https://meet.example.test/taf")));

        Assert.Equal("Team around the family review", document.QuerySelector("h1")!.TextContent);
        var rows = document.QuerySelectorAll(".govuk-summary-list__row");
        Assert.Equal(["When", "Where", "What it is for"], rows.Select(row => row.QuerySelector("dt")!.TextContent));
        Assert.Equal("Tuesday 8 December from 10am to 11:30am", rows[0].QuerySelector("dd")!.TextContent);
        Assert.Equal("https://meet.example.test/taf", rows[1].QuerySelector("a")!.GetAttribute("href"));
        var calendar = document.QuerySelector("a.govuk-button")!;
        Assert.Equal("Add to your calendar", calendar.TextContent);
        Assert.Equal("https://api.example.test/meetings/5d0c.ics?token=secret", calendar.GetAttribute("href"));
        Assert.Equal(["Priya Shah, Family support worker", "Ms Cole, Jordan's teacher"], document.QuerySelectorAll("ul.govuk-list li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData(false, "#going-well", "Write something in at least one box")]
    [InlineData(true, "#feeling-at-home", "Pick a face or write something in a box")]
    public async Task Empty_views_link_the_error_summary_to_the_first_field(bool youngPerson, string href, string message)
    {
        var form = new MeetingViewsForm();
        var document = await RenderWithErrors(form, youngPerson);

        var link = document.QuerySelector(".govuk-error-summary__list a")!;
        Assert.Equal(message, link.TextContent);
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector(href));
        Assert.Equal(youngPerson ? 15 : 0, document.QuerySelectorAll("input.govuk-radios__input").Length);
    }

    [Fact]
    public async Task Too_long_an_answer_keeps_what_was_typed_and_says_how_long_it_is()
    {
        var form = new MeetingViewsForm { GoingWell = "Fine.", Worries = new string('a', 2001) };
        var document = await RenderWithErrors(form, youngPerson: false);

        var link = document.QuerySelector(".govuk-error-summary__list a")!;
        Assert.Equal("#worries", link.GetAttribute("href"));
        Assert.Equal("Use 2000 letters or fewer. You have used 2001", link.TextContent);
        Assert.Equal(2001, document.QuerySelector("textarea#worries")!.TextContent.Length);
        Assert.Equal("Fine.", document.QuerySelector("textarea#going-well")!.TextContent);
    }

    [Fact]
    public void Api_validation_error_lands_on_its_field_and_other_errors_are_put_kindly()
    {
        var payload = new GiveMeetingViewsPayload(null, [new ApiError("Use fewer words", "whatIWant"), new ApiError("Not your family", null)]);

        var errors = MeetingViewsValidation.FromApi(payload).ToArray();

        Assert.Equal(("Use fewer words", nameof(MeetingViewsForm.WhatIWant)), errors[0]);
        Assert.StartsWith("We could not send your views just now", errors[1].Message);
        Assert.DoesNotContain(errors, error => error.Message.Contains("family", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("We could not send your views just now", MeetingViewsValidation.FromApi(null).Single().Message);
    }

    [Fact]
    public void Faces_are_sent_as_numbers_and_blank_boxes_as_nothing()
    {
        var input = MeetingViewsValidation.ToInput("m1", new MeetingViewsForm { GoingWell = "  ", Worries = " Maths ", FeelingAtHome = "4", FeelingAtSchool = "9" });

        Assert.Equal(new GiveMeetingViewsInput("m1", null, "Maths", null, 4, null, null), input);
    }

    private static async Task<AngleSharp.Dom.IDocument> RenderWithErrors(MeetingViewsForm form, bool youngPerson)
    {
        var context = new EditContext(form);
        var messages = new ValidationMessageStore(context);
        foreach (var (message, field) in MeetingViewsValidation.Check(form, youngPerson))
        {
            messages.Add(context.Field(field), message);
        }
        var errors = ErrorSummaryItem.From(context,
            () => form.FeelingAtHome, () => form.FeelingAtSchool, () => form.FeelingAboutHelp,
            () => form.GoingWell, () => form.Worries, () => form.WhatIWant);
        return await ComponentRenderer.RenderInFormAsync(context, builder =>
        {
            builder.OpenComponent<ErrorSummary>(0);
            builder.AddComponentParameter(1, nameof(ErrorSummary.Errors), errors);
            builder.CloseComponent();
            builder.OpenComponent<MeetingViewsFields>(2);
            builder.AddComponentParameter(3, nameof(MeetingViewsFields.Form), form);
            builder.AddComponentParameter(4, nameof(MeetingViewsFields.IsYoungPerson), youngPerson);
            builder.CloseComponent();
        });
    }
}
