namespace RightHelp.Api.Data;

public enum MeetingStatus
{
    Scheduled,
    Held,
    Cancelled,
}
