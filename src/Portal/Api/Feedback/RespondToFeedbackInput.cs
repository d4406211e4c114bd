namespace RightHelp.Portal.Api.Feedback;

public sealed record RespondToFeedbackInput(IReadOnlyList<string> FeedbackIds, string Text, FeedbackTheme? Theme, string? YouSaid);
