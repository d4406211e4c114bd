namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record ScoreOutOfRange(string Field, int Value)
    : FeedbackError(nameof(ScoreOutOfRange), Field, $"Choose a score from {FeedbackLimits.MinScore} to {FeedbackLimits.MaxScore}, or leave it blank.");
