namespace RightHelp.Portal.Api.Family;

public enum ActionStatus
{
    NotStarted,
    InProgress,
    Done,
    NoLongerNeeded,
}
