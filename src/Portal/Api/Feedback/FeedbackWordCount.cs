namespace RightHelp.Portal.Api.Feedback;

public sealed record FeedbackWordCount(string Word, int Count);
