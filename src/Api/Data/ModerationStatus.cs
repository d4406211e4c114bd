namespace RightHelp.Api.Data;

public enum ModerationStatus
{
    Pending,
    Approved,
    Rejected,
}
