namespace RightHelp.Api.Data;

/// <summary>Someone invited to a meeting: a family member, a worker, or another professional by role.</summary>
public class MeetingAttendee
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public Guid? PersonId { get; set; }

    public Person? Person { get; set; }

    public Guid? WorkerId { get; set; }

    public Worker? Worker { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Their part in the meeting ("Chair (IRO)", "Class teacher, Oak Lane Primary").</summary>
    public string Role { get; set; } = "";
}
