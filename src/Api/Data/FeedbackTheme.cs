namespace RightHelp.Api.Data;

public enum FeedbackTheme
{
    Communication,
    Relationships,
    PeopleWhoHelp,
    TypeOfHelp,
}
