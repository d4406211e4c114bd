using System.Linq.Expressions;
using Microsoft.AspNetCore.Components.Forms;
using RightHelp.Portal.Components.GovUk;
using static RightHelp.Portal.Tests.Components.ComponentRenderer;

namespace RightHelp.Portal.Tests.Components;

public class FormFieldTests
{
    private static Dictionary<string, object?> Field(TestForm model, Expression<Func<string?>> field, string label, string? hint = null)
    {
        return new()
        {
            ["Label"] = label,
            ["Hint"] = hint,
            ["Value"] = field.Compile()(),
            ["ValueExpression"] = field,
        };
    }

    [Fact]
    public async Task Text_input_with_an_error_is_described_by_its_hint_and_its_error()
    {
        var model = new TestForm { FullName = "Sam" };
        var context = new EditContext(model);
        var messages = new ValidationMessageStore(context);
        messages.Add(context.Field(nameof(TestForm.FullName)), "Enter your full name");

        var document = await RenderInFormAsync(context, Fragment<TextInput>(Field(model, () => model.FullName, "Full name", "As it is on letters from us")));

        var input = document.QuerySelector("input.govuk-input")!;
        Assert.Equal("full-name", input.Id);
        Assert.Equal("Sam", input.GetAttribute("value"));
        Assert.Contains("govuk-input--error", input.ClassList);
        Assert.Equal("full-name-hint full-name-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("full-name", document.QuerySelector("label.govuk-label")!.GetAttribute("for"));
        Assert.NotNull(document.QuerySelector(".govuk-form-group.govuk-form-group--error"));
        var error = document.QuerySelector("#full-name-error.govuk-error-message")!;
        Assert.Equal("Error: Enter your full name", error.TextContent.Trim());
        Assert.Equal("Error:", error.QuerySelector(".govuk-visually-hidden")!.TextContent);
    }

    [Fact]
    public async Task Text_input_without_an_error_has_no_error_markup()
    {
        var model = new TestForm();
        var document = await RenderInFormAsync(new EditContext(model), Fragment<TextInput>(Field(model, () => model.FullName, "Full name")));

        Assert.Null(document.QuerySelector(".govuk-error-message"));
        Assert.Null(document.QuerySelector(".govuk-form-group--error"));
        Assert.False(document.QuerySelector("input")!.HasAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Label_as_page_heading_is_wrapped_in_the_h1()
    {
        var model = new TestForm();
        var parameters = Field(model, () => model.FullName, "What is your name?");
        parameters["IsPageHeading"] = true;
        var document = await RenderInFormAsync(new EditContext(model), Fragment<TextInput>(parameters));

        var label = document.QuerySelector("h1.govuk-label-wrapper > label.govuk-label.govuk-label--l")!;
        Assert.Equal("What is your name?", label.TextContent);
    }

    [Fact]
    public async Task Textarea_keeps_what_was_typed_and_shows_its_error()
    {
        var model = new TestForm { WhatWorriesYou = "Getting to school <on time>" };
        var context = new EditContext(model);
        new ValidationMessageStore(context).Add(context.Field(nameof(TestForm.WhatWorriesYou)), "Tell us in 500 characters or fewer");

        var document = await RenderInFormAsync(context, Fragment<Textarea>(Field(model, () => model.WhatWorriesYou, "What worries you?")));

        var textarea = document.QuerySelector("textarea.govuk-textarea.govuk-textarea--error")!;
        Assert.Equal("what-worries-you", textarea.Id);
        Assert.Equal("Getting to school <on time>", textarea.TextContent);
        Assert.Equal("what-worries-you-error", textarea.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Radios_check_the_current_value_and_give_each_option_its_own_id_in_a_fieldset()
    {
        var model = new TestForm { Locality = "south" };
        var parameters = Field(model, () => model.Locality, "Where do you live?");
        parameters["Items"] = new List<ChoiceItem> { new("north", "North"), new("south", "South", "Including the town centre") };
        var document = await RenderInFormAsync(new EditContext(model), Fragment<Radios>(parameters));

        Assert.Equal("Where do you live?", document.QuerySelector("fieldset.govuk-fieldset > legend.govuk-fieldset__legend")!.TextContent.Trim());
        var inputs = document.QuerySelectorAll("input.govuk-radios__input[type=radio]");
        Assert.Equal(["locality", "locality-2"], inputs.Select(input => input.Id));
        Assert.Equal(["locality", "locality-2"], document.QuerySelectorAll("label.govuk-radios__label").Select(label => label.GetAttribute("for")));
        Assert.False(inputs[0].HasAttribute("checked"));
        Assert.True(inputs[1].HasAttribute("checked"));
        Assert.Equal("locality-2-item-hint", inputs[1].GetAttribute("aria-describedby"));
        Assert.Single(inputs.Select(input => input.GetAttribute("name")).Distinct());
    }

    [Fact]
    public async Task Select_marks_the_current_option_selected()
    {
        var model = new TestForm { Locality = "east" };
        var parameters = Field(model, () => model.Locality, "Locality");
        parameters["Items"] = new List<ChoiceItem> { new("north", "North"), new("east", "East") };
        var document = await RenderInFormAsync(new EditContext(model), Fragment<Select>(parameters));

        var options = document.QuerySelectorAll("select.govuk-select#locality option");
        Assert.Equal([false, true], options.Select(option => option.HasAttribute("selected")));
    }

    [Fact]
    public async Task Error_summary_links_each_message_to_the_id_of_its_field()
    {
        var model = new TestForm();
        var context = new EditContext(model);
        var messages = new ValidationMessageStore(context);
        messages.Add(context.Field(nameof(TestForm.WhatWorriesYou)), "Tell us what worries you");
        messages.Add(context.Field(nameof(TestForm.FullName)), "Enter your full name");

        var errors = ErrorSummaryItem.From(context, () => model.FullName, () => model.WhatWorriesYou, () => model.Locality);
        var document = await RenderAsync<ErrorSummary>(new() { ["Errors"] = errors });

        Assert.Equal("There is a problem", document.QuerySelector(".govuk-error-summary [role=alert] h2.govuk-error-summary__title")!.TextContent);
        var links = document.QuerySelectorAll(".govuk-error-summary__list a");
        Assert.Equal(["#full-name", "#what-worries-you"], links.Select(link => link.GetAttribute("href")));
        Assert.Equal(["Enter your full name", "Tell us what worries you"], links.Select(link => link.TextContent));
    }

    [Fact]
    public async Task Error_summary_renders_nothing_when_there_are_no_errors()
    {
        var document = await RenderAsync<ErrorSummary>(new() { ["Errors"] = Array.Empty<ErrorSummaryItem>() });

        Assert.Null(document.QuerySelector(".govuk-error-summary"));
    }

    [Fact]
    public async Task Checkboxes_check_the_posted_values_and_share_one_name()
    {
        var document = await RenderAsync<Checkboxes>(new()
        {
            ["Name"] = "Needs",
            ["Legend"] = "What do you need help with?",
            ["Items"] = new List<ChoiceItem> { new("money", "Money"), new("housing", "Housing"), new("school", "School") },
            ["Values"] = new[] { "housing" },
            ["Error"] = "Select what you need help with",
        });

        var inputs = document.QuerySelectorAll("input.govuk-checkboxes__input");
        Assert.Equal(["needs", "needs-2", "needs-3"], inputs.Select(input => input.Id));
        Assert.Equal([false, true, false], inputs.Select(input => input.HasAttribute("checked")));
        Assert.All(inputs, input => Assert.Equal("Needs", input.GetAttribute("name")));
        Assert.Equal("needs-error", document.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
    }
}
