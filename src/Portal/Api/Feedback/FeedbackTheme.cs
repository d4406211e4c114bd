namespace RightHelp.Portal.Api.Feedback;

public enum FeedbackTheme
{
    Communication,
    Relationships,
    PeopleWhoHelp,
    TypeOfHelp,
}
