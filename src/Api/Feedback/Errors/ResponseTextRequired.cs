namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record ResponseTextRequired()
    : FeedbackError(nameof(ResponseTextRequired), "text", "Say what you did.");
