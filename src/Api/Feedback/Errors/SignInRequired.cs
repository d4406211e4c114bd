namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record SignInRequired()
    : FeedbackError(nameof(SignInRequired), "anonymous", "Sign in to give feedback with your name, or choose to give it anonymously.");
