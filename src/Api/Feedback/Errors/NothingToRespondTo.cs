namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record NothingToRespondTo()
    : FeedbackError(nameof(NothingToRespondTo), "feedbackIds", "Choose the feedback, or a theme, this response is about.");
