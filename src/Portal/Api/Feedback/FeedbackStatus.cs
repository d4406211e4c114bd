namespace RightHelp.Portal.Api.Feedback;

public enum FeedbackStatus
{
    Received,
    Read,
    Responded,
}
