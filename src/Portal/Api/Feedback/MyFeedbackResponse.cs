namespace RightHelp.Portal.Api.Feedback;

public sealed record MyFeedbackResponse(string Text, DateTimeOffset RespondedAt);
