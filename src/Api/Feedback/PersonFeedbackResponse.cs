namespace RightHelp.Api.YouSaidWeDid;

public sealed record PersonFeedbackResponse(Guid Id, string Text, DateTimeOffset RespondedAt);
