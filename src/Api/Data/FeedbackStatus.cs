namespace RightHelp.Api.Data;

public enum FeedbackStatus
{
    Received,
    Read,
    Responded,
}
