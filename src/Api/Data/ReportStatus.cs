namespace RightHelp.Api.Data;

public enum ReportStatus
{
    Open,
    Resolved,
}
