namespace RightHelp.Api.YouSaidWeDid.Errors;

/// <summary>
/// An expected failure, typed so the GraphQL layer can expose each as its own error type and the
/// form can put the message beside the field (<see cref="Field"/> is the input field's name).
/// </summary>
public abstract record FeedbackError(string Code, string? Field, string Message);
