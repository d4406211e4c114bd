namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record FeedbackNotFound(Guid Id)
    : FeedbackError(nameof(FeedbackNotFound), "feedbackIds", "We could not find that feedback.");
