namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record FeedbackTooLong(int Length, string Field = "text")
    : FeedbackError(nameof(FeedbackTooLong), Field, $"Use {FeedbackLimits.MaxTextLength:N0} characters or fewer. You have used {Length:N0}.");
