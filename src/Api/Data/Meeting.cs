namespace RightHelp.Api.Data;

public class Meeting
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FamilyId { get; set; }

    public Family? Family { get; set; }

    public Guid? PlanId { get; set; }

    public Plan? Plan { get; set; }

    public MeetingKind Kind { get; set; }

    public MeetingStatus Status { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>Where, when in person ("Northgate Family Hub, Room 2").</summary>
    public string? Location { get; set; }

    public string? OnlineLink { get; set; }

    /// <summary>What the meeting is for, in plain words.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>
    /// Secret in the calendar (.ics) link, so a phone's calendar can fetch it without a sign-in.
    /// Changing it revokes old links.
    /// </summary>
    public string CalendarToken { get; set; } = "";

    public string? ExternalSource { get; set; }

    public string? ExternalReference { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<MeetingAttendee> Attendees { get; set; } = [];

    public List<MeetingView> Views { get; set; } = [];
}
