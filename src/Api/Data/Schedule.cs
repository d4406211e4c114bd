namespace RightHelp.Api.Data;

/// <summary>Open Referral UK <c>schedule</c>: when a service runs (an iCalendar RRULE subset).</summary>
public class Schedule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public Service? Service { get; set; }

    public Guid? ServiceAtLocationId { get; set; }

    public ServiceAtLocation? ServiceAtLocation { get; set; }

    public ScheduleFrequency? Freq { get; set; }

    /// <summary>RRULE BYDAY, such as <c>MO,WE</c>.</summary>
    public string? ByDay { get; set; }

    public TimeOnly? OpensAt { get; set; }

    public TimeOnly? ClosesAt { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string Description { get; set; } = "";

    public Attendance? AttendingType { get; set; }
}
