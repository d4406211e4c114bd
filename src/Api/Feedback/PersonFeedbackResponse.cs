namespace RightHelp.Api.Feedback;

public sealed record PersonFeedbackResponse(Guid Id, string Text, DateTimeOffset RespondedAt);
