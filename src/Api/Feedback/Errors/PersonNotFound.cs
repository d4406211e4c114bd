namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record PersonNotFound()
    : FeedbackError(nameof(PersonNotFound), null, "Your account is not linked to a person.");
