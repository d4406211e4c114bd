namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record TextRequired(string Field = "text")
    : FeedbackError(nameof(TextRequired), Field, "Tell us what you think in the box.");
