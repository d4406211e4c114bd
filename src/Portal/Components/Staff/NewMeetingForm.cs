namespace RightHelp.Portal.Components.Staff;

/// <summary>What the "plan a meeting" form posts; times are UK time as typed.</summary>
public sealed class NewMeetingForm
{
    public string? Kind { get; set; }

    public string? PlanId { get; set; }

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public string? Location { get; set; }

    public string? OnlineLink { get; set; }

    public string? Purpose { get; set; }
}
