namespace RightHelp.Portal.Api.Feedback;

/// <summary>Feedback the signed-in person gave with their name, and what was said back.</summary>
public sealed record MyFeedback(string Id, string Text, FeedbackStatus Status, FeedbackTheme? Theme, DateTimeOffset GivenAt, MyFeedbackResponse? Response);
