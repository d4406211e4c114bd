namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record ResponseNotFound(Guid Id)
    : FeedbackError(nameof(ResponseNotFound), "responseId", "We could not find that response.");
