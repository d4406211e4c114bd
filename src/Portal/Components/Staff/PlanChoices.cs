using RightHelp.Portal.Components.GovUk;

namespace RightHelp.Portal.Components.Staff;

/// <summary>The choices of the plan-writing form, by their GraphQL enum names.</summary>
public static class PlanChoices
{
    public static readonly IReadOnlyList<ChoiceItem> Headings =
    [
        new("WHAT_WE_ARE_WORRIED_ABOUT", "What we are worried about"),
        new("WHAT_IS_WORKING_WELL", "What is working well"),
        new("WHAT_NEEDS_TO_HAPPEN", "What needs to happen"),
        new("WHAT_HAPPENS_IF_NOTHING_CHANGES", "What will happen if things do not change"),
    ];

    public static readonly IReadOnlyList<ChoiceItem> Audiences =
    [
        new("EVERYONE", "Everyone in the family"),
        new("PARENTS_AND_CARERS", "Parents and carers only"),
        new("YOUNG_PERSON", "The young person"),
    ];

    public static readonly IReadOnlyList<ChoiceItem> Statuses =
    [
        new("NOT_STARTED", "Not started"),
        new("IN_PROGRESS", "In progress"),
        new("DONE", "Done"),
        new("NO_LONGER_NEEDED", "No longer needed"),
    ];

    public static bool IsOneOf(string? value, IReadOnlyList<ChoiceItem> choices) => choices.Any(choice => choice.Value == value);
}
