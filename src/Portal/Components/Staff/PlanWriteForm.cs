namespace RightHelp.Portal.Components.Staff;

/// <summary>What the plan-writing form posts. <see cref="Command"/> is the button pressed: "check" or "publish".</summary>
public sealed class PlanWriteForm
{
    public string? ChangeNote { get; set; }

    public List<SectionDraftForm> Sections { get; set; } = [];

    public List<ActionDraftForm> Actions { get; set; } = [];

    public string? Command { get; set; }
}
