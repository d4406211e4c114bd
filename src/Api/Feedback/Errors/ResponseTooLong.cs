namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record ResponseTooLong(int Length)
    : FeedbackError(nameof(ResponseTooLong), "text", $"Use {FeedbackLimits.MaxTextLength:N0} characters or fewer. You have used {Length:N0}.");
