namespace RightHelp.Api.Data;

/// <summary>Something on offer for families in a locality, described in plain words.</summary>
public class Offer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid LocalityId { get; set; }

    public Locality? Locality { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string WhoFor { get; set; } = "";

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public OfferCategory Category { get; set; }

    /// <summary>In words ("Free", "£2 a session, free with a benefits letter").</summary>
    public string Cost { get; set; } = "";

    public bool IsFree { get; set; }

    public string ScheduleText { get; set; } = "";

    public DayOfWeek? Day { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public Attendance Attendance { get; set; }

    public string Venue { get; set; } = "";

    public string HowToJoin { get; set; } = "";

    public string Accessibility { get; set; } = "";

    public Guid? ServiceId { get; set; }

    public Service? Service { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
