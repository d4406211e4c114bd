namespace RightHelp.Api.Data;

/// <summary>Open Referral UK's <c>freq</c> (an iCalendar RRULE subset).</summary>
public enum ScheduleFrequency
{
    Weekly,
    Monthly,
}
