namespace RightHelp.Api.Data;

public enum ActionStatus
{
    NotStarted,
    InProgress,
    Done,
    NoLongerNeeded,
}
