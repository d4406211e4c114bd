namespace RightHelp.Portal.Api.Feedback;

public sealed record FeedbackThemeCount(FeedbackTheme Theme, int Count);
