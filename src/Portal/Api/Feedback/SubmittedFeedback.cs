namespace RightHelp.Portal.Api.Feedback;

public sealed record SubmittedFeedback(string Id, FeedbackStatus Status, FeedbackTheme? Theme);
