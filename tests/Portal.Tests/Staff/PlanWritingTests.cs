using System.Text.Json;
using RightHelp.Portal.Api.Family;
using RightHelp.Portal.Api.Staff;
using RightHelp.Portal.Components.Staff;

namespace RightHelp.Portal.Tests.Staff;

/// <summary>Between the plan-writing form and publishPlanVersion.</summary>
public class PlanWritingTests
{
    private static PlanDraft Draft() => new("UGxhbjox", "Child in need plan", "Jordan", 3,
        [new("WHAT_WE_ARE_WORRIED_ABOUT", "What we are worried about", "EVERYONE", "Jordan misses school."),
         new("WHAT_IS_WORKING_WELL", "What is working well", "PARENTS_AND_CARERS", "Mum is at every meeting.")],
        [new("Mum", "Walk Jordan to the bus", new DateOnly(2027, 3, 27), "IN_PROGRESS", "EVERYONE")]);

    [Fact]
    public void The_form_starts_from_the_latest_version_with_a_blank_section_and_action_to_add()
    {
        var form = PlanWriting.FromDraft(Draft());

        Assert.Equal(3, form.Sections.Count);
        Assert.Equal("Mum is at every meeting.", form.Sections[1].Markdown);
        Assert.Equal("PARENTS_AND_CARERS", form.Sections[1].Audience);
        Assert.True(form.Sections[2].IsBlank);
        Assert.Equal(("27", "3", "2027"), (form.Actions[0].Day, form.Actions[0].Month, form.Actions[0].Year));
        Assert.True(form.Actions[1].IsBlank);
        Assert.Empty(PlanWriting.Validate(form, publishing: false));
    }

    [Fact]
    public void Publishing_sends_written_sections_and_actions_and_leaves_blank_rows_out()
    {
        var form = PlanWriting.FromDraft(Draft());
        form.ChangeNote = "Review";
        form.Actions[0].Status = "DONE";

        var input = JsonSerializer.SerializeToElement(PlanWriting.ToInput("UGxhbjox", form));

        Assert.Equal(2, input.GetProperty("sections").GetArrayLength());
        var action = Assert.Single(input.GetProperty("actions").EnumerateArray());
        Assert.Equal("2027-03-27", action.GetProperty("byWhen").GetString());
        Assert.Equal("DONE", action.GetProperty("status").GetString());
        Assert.Equal("Review", input.GetProperty("changeNote").GetString());
    }

    [Fact]
    public void Each_mistake_is_named_on_the_field_it_is_about()
    {
        var form = PlanWriting.FromDraft(Draft());
        form.Actions[0].What = " ";
        form.Actions[0].Day = "31";
        form.Actions[0].Month = "2";

        var errors = PlanWriting.Validate(form, publishing: true);

        Assert.Equal("Enter what has changed in this version", errors["change-note"]);
        Assert.Equal("Enter what action 1 is", errors["action-1-what"]);
        Assert.Contains("real date", errors["action-1-day"], StringComparison.Ordinal);
        Assert.DoesNotContain("action-2-who", errors.Keys);
    }

    [Fact]
    public void A_plan_with_no_text_at_all_cannot_be_checked_or_published()
    {
        var form = PlanWriting.FromDraft(Draft());
        form.Sections.ForEach(section => section.Markdown = "");

        Assert.Equal("Write at least one section of the plan", PlanWriting.Validate(form, publishing: false)["section-1-markdown"]);
    }

    [Fact]
    public void The_Apis_errors_land_on_the_field_in_the_form_even_past_blank_rows()
    {
        var form = PlanWriting.FromDraft(Draft());
        form.Sections[0].Markdown = "";
        form.Sections.Add(new SectionDraftForm { Key = "WHAT_NEEDS_TO_HAPPEN", Audience = "EVERYONE", Markdown = "x" });

        var errors = PlanWriting.FromApi(
            [new ApiError("Too long", "sections[1].markdown"), new ApiError("Say why", "changeNote"), new ApiError("Who?", "actions[0]")], form);

        Assert.Equal("Too long", errors["section-4-markdown"]);
        Assert.Equal("Say why", errors["change-note"]);
        Assert.Equal("Who?", errors["action-1-who"]);
    }
}
